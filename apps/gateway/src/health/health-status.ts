/** How a connector is, as the ops team and its tools read it. */
export const HealthStatus = { Up: 'UP', Degraded: 'DEGRADED', Down: 'DOWN' } as const;

export type HealthStatus = (typeof HealthStatus)[keyof typeof HealthStatus];

const RANK: Record<HealthStatus, number> = { UP: 0, DEGRADED: 1, DOWN: 2 };

export function worstOf(statuses: readonly HealthStatus[]): HealthStatus {
  return statuses.reduce<HealthStatus>(
    (worst, status) => (RANK[status] > RANK[worst] ? status : worst),
    HealthStatus.Up,
  );
}

/** Why a connector is not UP: each reason is machine-readable, and says what it implies. */
export const HealthReasonCode = {
  /** An operator switched the connector to maintenance: nothing is sent to its source. */
  Maintenance: 'MAINTENANCE',
  /** This gateway cannot reach the Kafka cluster. */
  KafkaUnreachable: 'KAFKA_UNREACHABLE',
  /** No replica of the adapter consumes the source's request topic. */
  NoConsumer: 'NO_CONSUMER',
  /** This gateway replica owns no partition of the source's reply topic, so hears no reply. */
  NoReplyPartition: 'NO_REPLY_PARTITION',
  /** The adapter's self-check of its upstream failed, or went unanswered. */
  SelfCheckFailed: 'SELF_CHECK_FAILED',
  /** The adapter's circuit breaker towards its upstream is open. */
  CircuitOpen: 'CIRCUIT_OPEN',
  /** Too large a share of the window's requests failed. */
  ErrorRate: 'ERROR_RATE',
  /** The window's p95 latency is above the source's objective. */
  Latency: 'LATENCY',
  /** Requests are waiting on the request topic beyond the threshold. */
  ConsumerLag: 'CONSUMER_LAG',
} as const;

export type HealthReasonCode = (typeof HealthReasonCode)[keyof typeof HealthReasonCode];

export interface HealthReason {
  code: HealthReasonCode;
  /** The status this reason alone brings the connector to. */
  status: typeof HealthStatus.Degraded | typeof HealthStatus.Down;
  /** For people: what is wrong, with the figures behind it. No personal data. */
  message: string;
}
