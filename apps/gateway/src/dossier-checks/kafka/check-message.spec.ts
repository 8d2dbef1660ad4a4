import { KafkaHeader } from '@interop/contracts';
import { decodeCheckMessage, IncomingCheck } from './check-message';

const body = {
  dossierId: 'HS-2026-000123',
  procedureCode: '1.001234',
  applicant: { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
};
const headers = {
  [KafkaHeader.CorrelationId]: 'check-1',
  [KafkaHeader.ReplyTopic]: 'dossier-core.replies',
  [KafkaHeader.ReplyPartition]: '2',
  [KafkaHeader.Deadline]: '1893456000000',
  [KafkaHeader.Requester]: 'dossier-core',
  [KafkaHeader.OfficerId]: 'CB-0001',
  [KafkaHeader.ProcedureCode]: '1.001234',
  [KafkaHeader.TraceParent]: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
};

function message(
  value: unknown,
  overrides: Record<string, string | undefined> = {},
): IncomingCheck {
  const all = { ...headers, ...overrides };
  const present = Object.entries(all).filter(([, text]) => text !== undefined) as [
    string,
    string,
  ][];
  return {
    value: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
    headers: Object.fromEntries(present.map(([name, text]) => [name, Buffer.from(text)])),
  };
}

describe('decodeCheckMessage', () => {
  it('reads a valid check request: where to answer, on whose behalf, until when', () => {
    const decoded = decodeCheckMessage(message(body));
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.malformed));
    const { replyTo, context, request, checkId } = decoded.check;
    expect(replyTo).toEqual({
      correlationId: 'check-1',
      topic: 'dossier-core.replies',
      partition: 2,
    });
    expect(context).toEqual({
      correlationId: 'check-1',
      requester: 'dossier-core',
      officerId: 'CB-0001',
      procedureCode: '1.001234',
      dossierId: 'HS-2026-000123',
      deadline: 1893456000000,
      traceparent: expect.stringMatching(/^00-0af7651916cd43dd8448eb211c80319c-[\da-f]{16}-01$/),
    });
    expect(request.applicant.fullName).toBe('Nguyễn Văn An');
    expect(checkId).toMatch(/^[\da-f]{64}$/);
  });

  it('gives every delivery of the same request the same check id, and any other request another', () => {
    const idOf = (incoming: IncomingCheck) => {
      const decoded = decodeCheckMessage(incoming);
      return decoded.ok ? decoded.check.checkId : undefined;
    };
    const first = idOf(message(body));
    expect(idOf(message(body))).toBe(first);
    expect(idOf(message(body, { [KafkaHeader.CorrelationId]: 'check-2' }))).not.toBe(first);
    expect(idOf(message(body, { [KafkaHeader.Requester]: 'another-system' }))).not.toBe(first);
    expect(idOf(message({ ...body, maritalStatus: 'single' }))).not.toBe(first);
  });

  it('rejects bad headers, and answers them when the reply address is usable', () => {
    const decoded = decodeCheckMessage(message(body, { [KafkaHeader.OfficerId]: undefined }));
    expect(decoded).toEqual({
      ok: false,
      malformed: {
        reason: 'invalid headers',
        errors: expect.arrayContaining([
          expect.objectContaining({ field: `headers.${KafkaHeader.OfficerId}` }),
        ]),
        replyTo: expect.objectContaining({ correlationId: 'check-1' }),
      },
    });
  });

  it('cannot answer a request without a reply topic', () => {
    const decoded = decodeCheckMessage(message(body, { [KafkaHeader.ReplyTopic]: undefined }));
    expect(decoded.ok ? undefined : decoded.malformed.replyTo).toBeUndefined();
  });

  it('rejects a value that is not JSON, or not a valid check request, naming each field', () => {
    const garbage = decodeCheckMessage(message('{not json'));
    expect(garbage.ok ? undefined : garbage.malformed.errors).toEqual([
      { field: 'value', message: 'value must be JSON' },
    ]);
    const invalid = decodeCheckMessage(
      message({ ...body, applicant: { ...body.applicant, personalId: '123' }, extra: 1 }),
    );
    expect(invalid.ok ? undefined : invalid.malformed).toEqual({
      reason: 'invalid check request',
      errors: expect.arrayContaining([
        {
          field: 'applicant.personalId',
          message: 'personalId must be exactly 12 digits',
        },
        { field: 'extra', message: 'property extra should not exist' },
      ]),
      replyTo: expect.any(Object),
    });
  });

  it('rejects a body whose procedure contradicts the headers', () => {
    const decoded = decodeCheckMessage(message({ ...body, procedureCode: '2.000001' }));
    expect(decoded.ok ? undefined : decoded.malformed.errors).toEqual([
      {
        field: 'procedureCode',
        message: 'procedureCode must be the one in header x-procedure-code',
      },
    ]);
  });
});
