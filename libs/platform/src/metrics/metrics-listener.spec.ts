import { Counter, Registry } from 'prom-client';
import { MetricsListener, startMetricsListener } from './metrics-listener';

describe('startMetricsListener', () => {
  let listener: MetricsListener;
  const registry = new Registry();
  new Counter({ name: 'e2e_things_total', help: 'Things', registers: [registry] }).inc(2);

  beforeAll(async () => (listener = await startMetricsListener(registry, '127.0.0.1', 0)));
  afterAll(() => listener.close());

  it('serves the registry in the text format at /metrics', async () => {
    const response = await fetch(`${listener.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('e2e_things_total 2');
  });

  it('answers liveness, and 404 to anything else', async () => {
    expect((await fetch(`${listener.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${listener.url}/`)).status).toBe(404);
    expect((await fetch(`${listener.url}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('fails to start on a port already taken', async () => {
    const port = Number(new URL(listener.url).port);
    await expect(startMetricsListener(registry, '127.0.0.1', port)).rejects.toThrow('EADDRINUSE');
  });
});
