import { NotFoundException } from '@nestjs/common';
import { Response } from 'express';
import { ProtocolFaultResponses } from '../common/simulated-response';
import { FaultInjector } from './fault-injector';
import { FaultSettingsStore } from './fault-settings.store';
import { RequestCounts } from './request-counts';
import { StatsController } from './stats.controller';

const answer = () => ({ status: 200, contentType: 'text/plain', body: 'ok' });
const protocolFaults: ProtocolFaultResponses = { serverError: answer, quotaExhausted: answer };

/** Just enough of an express Response for the injector to deliver through. */
function fakeResponse(): Response {
  const res = {
    destroyed: false,
    status: () => res,
    type: () => res,
    setHeader: () => res,
    end: () => res,
  };
  return res as unknown as Response;
}

describe('StatsController', () => {
  let store: FaultSettingsStore;
  let injector: FaultInjector;
  let controller: StatsController;

  beforeEach(() => {
    const counts = new RequestCounts();
    store = new FaultSettingsStore();
    injector = new FaultInjector(store, counts);
    controller = new StatsController(counts);
  });

  const deliverOne = () => injector.respond('population', fakeResponse(), protocolFaults, answer);

  it('starts at zero', () => {
    expect(controller.stats('population')).toEqual({ requestsReceived: 0 });
  });

  it('counts every request the database receives, faulted ones included', async () => {
    await deliverOne();
    store.set('population', { outage: true });
    await deliverOne();
    store.set('population', { errorRate: 1 });
    await deliverOne();
    expect(controller.stats('population')).toEqual({ requestsReceived: 3 });
  });

  it('names the known databases when asked about another', () => {
    expect(() => controller.stats('no-such-source')).toThrow(NotFoundException);
    expect(() => controller.stats('no-such-source')).toThrow(/known: population/);
  });
});
