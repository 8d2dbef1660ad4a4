import { Admin } from 'kafkajs';
import { Counter, Gauge, Registry } from 'prom-client';
import { createMetricsRegistry } from '@interop/platform';
import { auditLag } from '../health/audit-lag';
import { AppendResult } from '../ingest/ledger-writer';

/** The audit log's metrics, in a registry of its own. */
export class AuditLogMetrics {
  readonly registry: Registry = createMetricsRegistry();
  private readonly stored = new Counter({
    name: 'interop_audit_log_events_stored_total',
    help: 'Audit events appended to the log, each once (redelivered ones not counted again)',
    registers: [this.registry],
  });
  private readonly duplicates = new Counter({
    name: 'interop_audit_log_duplicate_events_total',
    help: 'Audit events received again and skipped, the log already holding them',
    registers: [this.registry],
  });

  /**
   * The lag is read from the broker at each scrape; a scrape that cannot reach it shows no lag
   * rather than a stale one, and `onError` says why.
   */
  constructor(admin: Admin, groupId: string, onError: (error: unknown) => void) {
    new Gauge({
      name: 'interop_audit_log_lag_events',
      help: 'Audit events produced to interop.audit and not yet appended to the log',
      // Labelled, so that a failed read leaves no series, where an unlabelled gauge shows 0.
      labelNames: ['group'],
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          this.set({ group: groupId }, await auditLag(admin, groupId));
        } catch (error) {
          onError(error);
        }
      },
    });
  }

  appended({ appended, duplicates }: AppendResult): void {
    this.stored.inc(appended);
    this.duplicates.inc(duplicates);
  }
}
