import { gatewayReplyTopic, SOURCE_REGISTRY, SOURCES, SourceName } from '@interop/contracts';
import { replyPartitionProblem, sourcesWithoutReplyPartition } from './reply-partitions';

const critical = SOURCE_REGISTRY.filter((source) => source.critical).map(({ name }) => name);
const nonCritical = SOURCE_REGISTRY.filter((source) => !source.critical).map(({ name }) => name);
const owning = (sources: readonly SourceName[]) =>
  Object.fromEntries(sources.map((source) => [gatewayReplyTopic(source), 2]));

describe('replyPartitionProblem', () => {
  it('is none when this replica owns a reply partition of every source', () => {
    expect(replyPartitionProblem(owning(SOURCES), 'interop-gateway')).toBeUndefined();
  });

  it('explains a replica beyond the partition count, naming the variable to raise', () => {
    const problem = replyPartitionProblem({}, 'interop-gateway');
    expect(problem).toContain('no partition of interop.gateway.population.replies');
    expect(problem).toContain('"interop-gateway"');
    expect(problem).toContain('KAFKA_REPLY_PARTITIONS');
  });

  it('is none when only non-critical sources lack a partition: those are reported instead', () => {
    expect(critical.length).toBeGreaterThan(0);
    expect(nonCritical.length).toBeGreaterThan(0);
    expect(replyPartitionProblem(owning(critical), 'interop-gateway')).toBeUndefined();
    expect(sourcesWithoutReplyPartition(owning(critical))).toEqual(nonCritical);
  });

  it('names only the critical topics it lacks', () => {
    const problem = replyPartitionProblem(owning(nonCritical), 'interop-gateway')!;
    for (const source of nonCritical) expect(problem).not.toContain(gatewayReplyTopic(source));
  });
});
