import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createMetricsRegistry, LATENCY_BUCKETS_S } from '@interop/platform';

export const CIRCUIT_STATES = ['closed', 'half-open', 'open'] as const;

export type CircuitState = (typeof CIRCUIT_STATES)[number];

/** What the kit learns of one upstream's calls as they happen. */
export interface UpstreamObserver {
  /** One HTTP exchange with the upstream took this long, whatever it answered. */
  exchanged(upstream: string, seconds: number): void;
  /** A call settled, after its retries: `ok`, or the error code it failed with. */
  settled(upstream: string, outcome: string): void;
  retried(upstream: string): void;
}

/** What is read of an upstream client at each scrape. */
export interface UpstreamState {
  readonly name: string;
  readonly circuitState: CircuitState;
  readonly callsInFlight: number;
  readonly callsWaiting: number;
}

const UPSTREAM = ['upstream'];

/**
 * An adapter's metrics, in a registry of its own. Label values are bounded by construction: an
 * upstream's name is the adapter's, an outcome is `ok` or an error code; no request value is.
 */
@Injectable()
export class AdapterMetrics implements UpstreamObserver {
  readonly registry: Registry = createMetricsRegistry();
  private readonly calls = new Counter({
    name: 'interop_adapter_upstream_calls_total',
    help: 'Calls to the upstream, after their retries, by outcome: ok or the error code',
    labelNames: ['upstream', 'outcome'],
    registers: [this.registry],
  });
  private readonly exchanges = new Histogram({
    name: 'interop_adapter_upstream_request_duration_seconds',
    help: 'Time of one HTTP exchange with the upstream, each attempt counted',
    labelNames: UPSTREAM,
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });
  private readonly retries = new Counter({
    name: 'interop_adapter_upstream_retries_total',
    help: 'Attempts made again after a transient upstream fault',
    labelNames: UPSTREAM,
    registers: [this.registry],
  });
  private readonly deadLetters = new Counter({
    name: 'interop_adapter_dead_letters_total',
    help: 'Request messages sent to the dead-letter topic',
    registers: [this.registry],
  });

  exchanged(upstream: string, seconds: number): void {
    this.exchanges.observe({ upstream }, seconds);
  }

  settled(upstream: string, outcome: string): void {
    this.calls.inc({ upstream, outcome });
  }

  retried(upstream: string): void {
    this.retries.inc({ upstream });
  }

  deadLettered(): void {
    this.deadLetters.inc();
  }

  /** Circuit state and bulkhead occupancy of every upstream client, read at each scrape. */
  watchUpstreams(upstreams: () => readonly UpstreamState[]): void {
    const registers = [this.registry];
    new Gauge({
      name: 'interop_adapter_circuit_state',
      help: 'Circuit breaker of the upstream: 1 for the state it is in, 0 for the others',
      labelNames: ['upstream', 'state'],
      registers,
      collect() {
        for (const { name, circuitState } of upstreams())
          for (const state of CIRCUIT_STATES)
            this.set({ upstream: name, state }, state === circuitState ? 1 : 0);
      },
    });
    this.upstreamGauge('interop_adapter_bulkhead_in_flight', 'Upstream calls in flight', () =>
      upstreams().map(({ name, callsInFlight }) => [name, callsInFlight]),
    );
    this.upstreamGauge(
      'interop_adapter_bulkhead_waiting',
      'Upstream calls waiting for a slot in the bulkhead',
      () => upstreams().map(({ name, callsWaiting }) => [name, callsWaiting]),
    );
  }

  /** Request messages taken in hand and not yet answered, read at each scrape. */
  watchMessagesInHand(inHand: () => number): void {
    new Gauge({
      name: 'interop_adapter_messages_in_hand',
      help: 'Request messages taken from Kafka and not yet answered',
      registers: [this.registry],
      collect() {
        this.set(inHand());
      },
    });
  }

  private upstreamGauge(
    name: string,
    help: string,
    values: () => Array<[upstream: string, value: number]>,
  ): void {
    new Gauge({
      name,
      help,
      labelNames: UPSTREAM,
      registers: [this.registry],
      collect() {
        for (const [upstream, value] of values()) this.set({ upstream }, value);
      },
    });
  }
}

/** Observes nothing: an upstream client built outside an adapter's application (unit tests). */
export const NO_UPSTREAM_OBSERVER: UpstreamObserver = {
  exchanged: () => undefined,
  settled: () => undefined,
  retried: () => undefined,
};
