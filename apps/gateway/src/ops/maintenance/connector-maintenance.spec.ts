import { GatewayConfig } from '../../config/gateway.config';
import { ConnectorMaintenance } from './connector-maintenance.service';

const NOW = Date.parse('2026-12-01T08:00:00Z');
const config = { MAINTENANCE_RETRY_AFTER_S: 300 } as GatewayConfig;

describe('ConnectorMaintenance', () => {
  let maintenance: ConnectorMaintenance;

  beforeEach(() => {
    maintenance = new ConnectorMaintenance(config);
  });

  it('refuses a source in maintenance with SOURCE_MAINTENANCE, retry after its end', () => {
    maintenance.start({
      source: 'population',
      reason: 'upgrade of the SOAP endpoint',
      since: NOW,
      until: NOW + 90_500,
      by: 'ops-demo',
    });
    expect(maintenance.refusal('population', NOW)).toEqual({
      code: 'SOURCE_MAINTENANCE',
      message: expect.stringContaining('until 2026-12-01T08:01:30.500Z'),
      retryable: true,
      details: { retryAfterS: 91, until: '2026-12-01T08:01:30.500Z' },
    });
    expect(maintenance.refusal('civil-status', NOW)).toBeUndefined();
  });

  it('never tells callers the reason', () => {
    maintenance.start({ source: 'population', reason: 'secret plan', since: NOW, by: 'ops' });
    expect(JSON.stringify(maintenance.refusal('population', NOW))).not.toContain('secret plan');
  });

  it('answers the default Retry-After for a window without an end, until it is ended', () => {
    maintenance.start({ source: 'civil-status', reason: 'r', since: NOW, by: 'ops' });
    expect(maintenance.refusal('civil-status', NOW + 86_400_000)?.details).toEqual({
      retryAfterS: 300,
    });
    expect(maintenance.end('civil-status', 'ops')).toMatchObject({ source: 'civil-status' });
    expect(maintenance.refusal('civil-status', NOW)).toBeUndefined();
    expect(maintenance.end('civil-status', 'ops')).toBeUndefined();
  });

  it('ends a window by itself at its end', () => {
    maintenance.start({
      source: 'population',
      reason: 'r',
      since: NOW,
      until: NOW + 1000,
      by: 'o',
    });
    expect(maintenance.all(NOW + 999)).toHaveLength(1);
    expect(maintenance.of('population', NOW + 1000)).toBeUndefined();
    expect(maintenance.all(NOW)).toEqual([]);
  });
});
