import { RunningAdapter, runAdapterProcess } from '@interop/adapter-kit';
import { SourceName } from '@interop/contracts';
import { startBusinessRegistryAdapter } from '../../apps/business-registry-adapter/src/business-registry-adapter.bootstrap';
import { startCivilStatusAdapter } from '../../apps/civil-status-adapter/src/civil-status-adapter.bootstrap';
import { startPopulationAdapter } from '../../apps/population-adapter/src/population-adapter.bootstrap';

const STARTERS: Record<SourceName, typeof startPopulationAdapter> = {
  population: startPopulationAdapter,
  'civil-status': startCivilStatusAdapter,
  'business-registry': startBusinessRegistryAdapter,
};

/**
 * The adapter of BENCH_SOURCE, as its main.ts runs it, but in a consumer group of the bench's own
 * (BENCH_ADAPTER_GROUP), so that an adapter started elsewhere on the broker never shares its
 * partitions.
 */
const source = process.env.BENCH_SOURCE as SourceName;
void runAdapterProcess(`${source}-adapter`, (): Promise<RunningAdapter> => {
  if (!(source in STARTERS)) throw new Error(`BENCH_SOURCE must name a source, got "${source}"`);
  return STARTERS[source](process.env, { groupId: process.env.BENCH_ADAPTER_GROUP });
});
