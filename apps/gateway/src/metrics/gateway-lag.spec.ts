import { SOURCES } from '@interop/contracts';
import { gatewayGroups } from './gateway-lag.service';

describe('gatewayGroups', () => {
  it('watches the reply group on every source’s reply topic, and the intake group', () => {
    const [replies, intake] = gatewayGroups('interop-gateway');
    expect(replies).toEqual({
      group: 'interop-gateway',
      topics: SOURCES.map((source) => `interop.gateway.${source}.replies`),
    });
    expect(replies.topics).toEqual(
      expect.arrayContaining([
        'interop.gateway.population.replies',
        'interop.gateway.civil-status.replies',
        'interop.gateway.business-registry.replies',
      ]),
    );
    expect(intake).toEqual({ group: 'interop-gateway.intake' });
  });
});
