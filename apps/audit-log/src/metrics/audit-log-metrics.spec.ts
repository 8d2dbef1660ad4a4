import type { Admin } from 'kafkajs';
import { AuditLogMetrics } from './audit-log-metrics';

function adminAt(high: string, committed: string): Admin {
  return {
    fetchTopicOffsets: async () => [{ partition: 0, high, low: '0', offset: high }],
    fetchOffsets: async () => [
      { topic: 'interop.audit', partitions: [{ partition: 0, offset: committed }] },
    ],
  } as unknown as Admin;
}

describe('AuditLogMetrics', () => {
  it('reads the lag from the broker at each scrape', async () => {
    const metrics = new AuditLogMetrics(adminAt('12', '9'), 'interop-audit-log', () => undefined);

    expect(await metrics.registry.metrics()).toContain(
      'interop_audit_log_lag_events{group="interop-audit-log"} 3',
    );
  });

  it('counts the events appended and the duplicates skipped', async () => {
    const metrics = new AuditLogMetrics(adminAt('0', '0'), 'interop-audit-log', () => undefined);
    metrics.appended({ appended: 5, duplicates: 1, checkpoints: [] });
    metrics.appended({ appended: 2, duplicates: 0, checkpoints: [] });

    const text = await metrics.registry.metrics();
    expect(text).toContain('interop_audit_log_events_stored_total 7');
    expect(text).toContain('interop_audit_log_duplicate_events_total 1');
  });

  it('shows no lag, and says why, when the broker cannot be asked', async () => {
    const errors: unknown[] = [];
    const broken = {
      fetchTopicOffsets: async () => {
        throw new Error('no broker');
      },
      fetchOffsets: async () => [],
    } as unknown as Admin;
    const metrics = new AuditLogMetrics(broken, 'g', (error) => errors.push(error));

    expect(await metrics.registry.metrics()).not.toMatch(/^interop_audit_log_lag_events\b/m);
    expect(errors).toHaveLength(1);
  });
});
