import { Counter } from 'prom-client';
import { createMetricsRegistry } from './metrics-registry';

describe('createMetricsRegistry', () => {
  it('has the process metrics, in a registry of its own each time', async () => {
    const first = createMetricsRegistry();
    const text = await first.metrics();
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('# TYPE nodejs_active_handles gauge');
    expect(createMetricsRegistry()).not.toBe(first);
  });

  it('keeps an app’s own metrics to its registry', async () => {
    const mine = createMetricsRegistry();
    new Counter({ name: 'interop_mine_total', help: 'Mine', registers: [mine] }).inc();

    expect(await mine.metrics()).toContain('interop_mine_total 1');
    expect(await createMetricsRegistry().metrics()).not.toContain('interop_mine_total');
  });

  it('leaves out the default gauges named like counters', async () => {
    expect(await createMetricsRegistry().metrics()).not.toMatch(/^nodejs_active_\w+_total/m);
  });
});
