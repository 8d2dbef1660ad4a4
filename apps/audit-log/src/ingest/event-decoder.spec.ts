import { KafkaMessage } from 'kafkajs';
import { decodeAuditMessage } from './event-decoder';

const message = (value: string) => ({ value: Buffer.from(value) }) as KafkaMessage;

const event = {
  time: '2026-11-30T08:15:00.000Z',
  eventId: '0b6f1f9e-4a7e-4c59-9d8a-2f1f6f3c8a11',
  kind: 'access',
  app: 'gateway',
  caller: 'dossier-core',
  outcome: 'refused-validation',
  errorCode: 'VALIDATION_FAILED',
  durationMs: 1,
  fieldsReturned: [],
};

describe('decodeAuditMessage', () => {
  it('keeps the event as received and its canonical encoding', () => {
    const decoded = decodeAuditMessage(message(JSON.stringify(event, null, 2)));
    expect(decoded).toEqual({
      ok: true,
      received: {
        event,
        canonical: expect.stringMatching(/^\{"app":"gateway","caller":"dossier-core",/),
      },
    });
  });

  it('refuses a value that is not JSON', () => {
    expect(decodeAuditMessage(message('{'))).toEqual({
      ok: false,
      reason: 'the value is not JSON',
    });
  });

  it('refuses an event that breaks the contract, naming the field', () => {
    const decoded = decodeAuditMessage(message(JSON.stringify({ ...event, durationMs: -5 })));
    expect(decoded).toMatchObject({ ok: false, reason: expect.stringContaining('durationMs - ') });
  });
});
