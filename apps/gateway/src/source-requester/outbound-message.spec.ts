import { KafkaHeader, RequestHeaders, RequestMessage, validateContract } from '@interop/contracts';
import { toOutboundMessage } from './outbound-message';

const context = {
  correlationId: 'req-7.0a1b2c3d',
  requester: 'dossier-core',
  officerId: 'cb.0042',
  procedureCode: '1.001234.000.00.00.H12',
  deadline: 1_750_000_000_000,
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};
const payload = {
  personalId: '001085012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1985-03-14',
};

describe('toOutboundMessage', () => {
  const message = toOutboundMessage({
    source: 'population',
    operation: 'citizen.lookup',
    key: payload.personalId,
    payload,
    context: { ...context, dossierId: 'H12.24-0001' },
  });

  it('is keyed by the subject and carries the operation and payload of the contract', () => {
    expect(message.key).toBe('001085012345');
    expect(message.value).toEqual({ operation: 'citizen.lookup', payload });
    expect(validateContract(RequestMessage, message.value).ok).toBe(true);
  });

  it('carries headers the adapters accept once ClientKafka adds the reply topic and partition', () => {
    const headers = {
      ...message.headers,
      [KafkaHeader.ReplyTopic]: 'interop.gateway.population.replies',
      [KafkaHeader.ReplyPartition]: '0',
    };
    expect(validateContract(RequestHeaders, headers)).toEqual({
      ok: true,
      value: expect.anything(),
    });
    expect(message.headers).toMatchObject({
      kafka_correlationId: 'req-7.0a1b2c3d',
      'x-deadline': '1750000000000',
      'x-requester': 'dossier-core',
      'x-officer-id': 'cb.0042',
      'x-procedure-code': '1.001234.000.00.00.H12',
      'x-dossier-id': 'H12.24-0001',
      traceparent: context.traceparent,
    });
  });

  it('leaves out a dossier id the caller did not give', () => {
    const health = toOutboundMessage({
      source: 'population',
      operation: 'health.check',
      payload: {},
      context,
    });
    expect(health.headers).not.toHaveProperty('x-dossier-id');
    expect(health.key).toBeUndefined();
  });
});
