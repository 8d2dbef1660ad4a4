import { ConfigError, loadConfig } from '@interop/platform';
import { GatewayConfig } from './gateway.config';

describe('GatewayConfig', () => {
  it('declares a default for every variable', () => {
    const config = loadConfig(GatewayConfig, {});
    expect(config).toMatchObject({
      GATEWAY_PORT: 3000,
      GATEWAY_HOST: '127.0.0.1',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      REQUEST_DEADLINE_MS: 5000,
      HEALTH_PROBE_INTERVAL_MS: 10_000,
      HEALTH_STALE_AFTER_MS: 30_000,
      KAFKA_GROUP_ID: 'interop-gateway',
      LOG_LEVEL: 'log',
    });
  });

  it('reads numbers from the environment', () => {
    const config = loadConfig(GatewayConfig, { GATEWAY_PORT: '0', REQUEST_DEADLINE_MS: '1500' });
    expect(config.GATEWAY_PORT).toBe(0);
    expect(config.REQUEST_DEADLINE_MS).toBe(1500);
  });

  it('fails naming the bad variable', () => {
    expect(() => loadConfig(GatewayConfig, { REQUEST_DEADLINE_MS: 'soon' })).toThrow(ConfigError);
    expect(() => loadConfig(GatewayConfig, { LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL \(got "loud"\)/,
    );
  });
});
