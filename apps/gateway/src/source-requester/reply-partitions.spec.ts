import { gatewayReplyTopic, SOURCES } from '@interop/contracts';
import { replyPartitionProblem } from './reply-partitions';

describe('replyPartitionProblem', () => {
  it('is none when this replica owns a reply partition of every source', () => {
    const everySource = Object.fromEntries(SOURCES.map((source) => [gatewayReplyTopic(source), 2]));
    expect(replyPartitionProblem(everySource, 'interop-gateway')).toBeUndefined();
  });

  it('explains a replica beyond the partition count, naming the variable to raise', () => {
    const problem = replyPartitionProblem({}, 'interop-gateway');
    expect(problem).toContain('no partition of interop.gateway.population.replies');
    expect(problem).toContain('"interop-gateway"');
    expect(problem).toContain('KAFKA_REPLY_PARTITIONS');
  });
});
