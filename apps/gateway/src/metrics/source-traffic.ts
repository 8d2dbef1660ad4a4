import { ErrorCode } from '@interop/contracts';

/** What the gateway's metrics hold of one source's traffic since boot; all cumulative but `inFlight`. */
export interface TrafficTotals {
  /** Ended requests by outcome code: `OK` or the error code. */
  byCode: Readonly<Record<string, number>>;
  /** How many took at most each bound of LATENCY_BUCKETS_S, then how many in all (+Inf). */
  buckets: readonly number[];
  inFlight: number;
}

export const NO_TRAFFIC: TrafficTotals = { byCode: {}, buckets: [], inFlight: 0 };

/** Outcomes that are no failure of the source: an answer, or the caller's own mistake. */
const ANSWERS: readonly string[] = ['OK', ErrorCode.NotFound, ErrorCode.ValidationFailed];

/** Whether an outcome code counts towards the connector's error rate. */
export function isSourceFailure(code: string): boolean {
  return !ANSWERS.includes(code);
}
