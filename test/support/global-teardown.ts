import { stopLocalKafka } from './local-kafka';

/** Stops the broker the global setup started, unless KEEP_KAFKA=1 keeps it for the next run. */
export default function globalTeardown(): void {
  if (process.env.KEEP_KAFKA !== '1') stopLocalKafka();
}
