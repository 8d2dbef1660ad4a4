import { SelfCheckResult } from '@interop/contracts';

/** How a health probe of a source ended. */
export interface ProbeResult extends SelfCheckResult {
  /** When the probe ended, in epoch milliseconds. */
  at: number;
  roundTripMs: number;
  /** False when the adapter did not answer in time: then the probe says nothing of its upstream. */
  answered: boolean;
}
