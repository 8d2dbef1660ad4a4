import { Module } from '@nestjs/common';
import { ConfigError } from '@interop/platform';
import { AdapterConfig } from '../config/adapter.config';
import { startAdapter } from './start-adapter';

@Module({})
class NoAdapterModule {}

describe('startAdapter', () => {
  it('fails fast, before touching Kafka, naming the bad variable', async () => {
    const starting = startAdapter({
      module: NoAdapterModule,
      config: AdapterConfig,
      env: { KAFKA_BROKERS: 'not-a-broker' },
    });
    await expect(starting).rejects.toThrow(ConfigError);
    await expect(starting).rejects.toThrow('KAFKA_BROKERS');
  });
});
