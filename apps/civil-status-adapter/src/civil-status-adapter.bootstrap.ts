import { KafkaNames, RunningAdapter, startAdapter } from '@interop/adapter-kit';
import { CivilStatusAdapterModule } from './civil-status-adapter.module';
import { CivilStatusConfig } from './civil-status.config';

/** Starts the civil-status adapter: shared by main.ts and end-to-end tests. */
export function startCivilStatusAdapter(
  env: NodeJS.ProcessEnv = process.env,
  kafka?: Partial<KafkaNames>,
): Promise<RunningAdapter> {
  return startAdapter({ module: CivilStatusAdapterModule, config: CivilStatusConfig, env, kafka });
}
