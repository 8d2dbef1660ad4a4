import { RunningAdapter, runAdapterProcess } from '@interop/adapter-kit';
import { SourceName, SOURCES } from '@interop/contracts';
import { adapterStarter } from '../../test/support/adapter-starter';

/**
 * The adapter of BENCH_SOURCE, as its main.ts runs it, but in a consumer group of the bench's own
 * (BENCH_ADAPTER_GROUP), so that an adapter started elsewhere on the broker never shares its
 * partitions.
 */
const source = process.env.BENCH_SOURCE as SourceName;
void runAdapterProcess(`${source}-adapter`, (): Promise<RunningAdapter> => {
  if (!SOURCES.includes(source))
    throw new Error(`BENCH_SOURCE must name a source, got "${source}"`);
  return adapterStarter(source)(process.env, { groupId: process.env.BENCH_ADAPTER_GROUP });
});
