import { KafkaNames, RunningAdapter, startAdapter } from '@interop/adapter-kit';
import { PopulationAdapterModule } from './population-adapter.module';
import { PopulationConfig } from './population.config';

/** Starts the population adapter: shared by main.ts and end-to-end tests. */
export function startPopulationAdapter(
  env: NodeJS.ProcessEnv = process.env,
  kafka?: Partial<KafkaNames>,
): Promise<RunningAdapter> {
  return startAdapter({ module: PopulationAdapterModule, config: PopulationConfig, env, kafka });
}
