import { KafkaNames, RunningAdapter, startAdapter } from '@interop/adapter-kit';
import { BusinessRegistryAdapterModule } from './business-registry-adapter.module';
import { BusinessRegistryConfig } from './business-registry.config';

/** Starts the business-registry adapter: shared by main.ts and end-to-end tests. */
export function startBusinessRegistryAdapter(
  env: NodeJS.ProcessEnv = process.env,
  kafka?: Partial<KafkaNames>,
): Promise<RunningAdapter> {
  return startAdapter({
    module: BusinessRegistryAdapterModule,
    config: BusinessRegistryConfig,
    env,
    kafka,
  });
}
