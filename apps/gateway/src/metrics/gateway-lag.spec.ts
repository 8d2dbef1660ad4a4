import { gatewayGroups } from './gateway-lag.service';

describe('gatewayGroups', () => {
  it('watches the reply group on every source’s reply topic, and the intake group', () => {
    expect(gatewayGroups('interop-gateway')).toEqual([
      {
        group: 'interop-gateway',
        topics: [
          'interop.gateway.population.replies',
          'interop.gateway.civil-status.replies',
          'interop.gateway.business-registry.replies',
        ],
      },
      { group: 'interop-gateway.intake' },
    ]);
  });
});
