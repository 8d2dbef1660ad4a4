import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { AdapterConfig } from './config/adapter.config';
import { AdapterMetrics } from './metrics/adapter-metrics';
import { UpstreamClients } from './upstream/upstream-clients';

/**
 * Root of an adapter's Nest application: makes the loaded config (under the adapter's config
 * class and under AdapterConfig), its metrics and the upstream clients injectable everywhere, then imports the
 * adapter's own module, which provides its SourceAdapter under SOURCE_ADAPTER.
 */
@Module({})
export class AdapterKitModule {
  static forAdapter<C extends AdapterConfig>(
    adapterModule: Type<unknown> | DynamicModule,
    configClass: new () => C,
    config: C,
  ): DynamicModule {
    const configProviders: Provider[] = [{ provide: AdapterConfig, useValue: config }];
    if (configClass !== AdapterConfig)
      configProviders.push({ provide: configClass, useValue: config });
    return {
      module: AdapterKitModule,
      global: true,
      imports: [adapterModule],
      providers: [...configProviders, AdapterMetrics, UpstreamClients],
      exports: [...configProviders, AdapterMetrics, UpstreamClients],
    };
  }
}
