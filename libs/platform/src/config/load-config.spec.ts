import { IsInt, Max, Min } from 'class-validator';
import { KafkaConfig } from './kafka.config';
import { ConfigError, loadConfig } from './load-config';

class PortConfig extends KafkaConfig {
  /** Port to listen on. */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;
}

describe('loadConfig', () => {
  it('applies declared defaults when variables are unset or empty', () => {
    const config = loadConfig(PortConfig, { PORT: '' });
    expect(config.PORT).toBe(3000);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092']);
  });

  it('converts and splits values from the environment', () => {
    const config = loadConfig(PortConfig, { PORT: '8080', KAFKA_BROKERS: 'a:9092, b:9093' });
    expect(config.PORT).toBe(8080);
    expect(config.KAFKA_BROKERS).toEqual(['a:9092', 'b:9093']);
  });

  it('fails naming every bad variable and its value', () => {
    expect(() => loadConfig(PortConfig, { PORT: 'eighty', KAFKA_BROKERS: 'nohost' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig(PortConfig, { PORT: 'eighty', KAFKA_BROKERS: 'nohost' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT (got "eighty")');
      expect(message).toContain('KAFKA_BROKERS');
      expect(message).toContain('host:port');
    }
  });
});

class SecretConfig {
  @IsInt()
  API_SECRET_KEY: number = 1;
}

describe('loadConfig with secrets', () => {
  it('names a bad secret without echoing its value', () => {
    expect(() => loadConfig(SecretConfig, { API_SECRET_KEY: 'hunter2' })).toThrow(
      /API_SECRET_KEY \(set\)/,
    );
    expect(() => loadConfig(SecretConfig, { API_SECRET_KEY: 'hunter2' })).not.toThrow(/hunter2/);
  });
});
