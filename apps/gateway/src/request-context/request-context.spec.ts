import { ArgumentMetadata } from '@nestjs/common';
import { CitizenQueryDto, FieldError } from '@interop/contracts';
import { ApiError } from '../http/api-error';
import { createValidationPipe } from '../http/validation.pipe';
import { createInboundContext } from './inbound-context';
import { pickPurposeHeaders } from './purpose-headers.dto';
import { PurposeRequestOf } from './purpose-request';
import { toRequestContext } from './request-context';
import { childTraceparent } from './trace-context';

class CitizenQueryRequest extends PurposeRequestOf(CitizenQueryDto) {}

const HEADERS = {
  'x-requester': 'dossier-core',
  'x-officer-id': 'cb.0042',
  'x-procedure-code': '1.001234.000.00.00.H12',
};
const BODY = { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };
const METADATA: ArgumentMetadata = { type: 'custom', metatype: CitizenQueryRequest };

async function validate(headers: Record<string, unknown>, body: unknown) {
  return createValidationPipe().transform({ headers: pickPurposeHeaders(headers), body }, METADATA);
}

async function rejected(headers: Record<string, unknown>, body: unknown): Promise<FieldError[]> {
  const error = await validate(headers, body).then(
    () => undefined,
    (raised: unknown) => raised,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
  return (error as ApiError).details as FieldError[];
}

describe('purpose headers and body, validated together', () => {
  it('accepts a complete request and ignores unrelated headers', async () => {
    const request = await validate(
      { ...HEADERS, host: 'gateway', 'x-dossier-id': 'H12.24-0001' },
      BODY,
    );
    expect(request).toBeInstanceOf(CitizenQueryRequest);
    expect(request.body).toBeInstanceOf(CitizenQueryDto);
    expect(request.headers['x-dossier-id']).toBe('H12.24-0001');
  });

  it('names every missing header and every bad body field in one answer', async () => {
    const details = await rejected(
      { 'x-requester': 'dossier-core' },
      { ...BODY, personalId: '12345' },
    );
    expect(details).toEqual([
      { field: 'headers.x-officer-id', message: 'header x-officer-id is required' },
      { field: 'headers.x-procedure-code', message: 'header x-procedure-code is required' },
      { field: 'personalId', message: 'personalId must be exactly 12 digits' },
    ]);
  });

  it('treats an empty header as missing', async () => {
    expect(await rejected({ ...HEADERS, 'x-officer-id': '' }, BODY)).toEqual([
      { field: 'headers.x-officer-id', message: 'header x-officer-id is required' },
    ]);
  });

  it.each([
    ['x-officer-id', 'a'.repeat(65)],
    ['x-procedure-code', 'thủ tục'],
    ['x-dossier-id', 'H12, H13'],
    ['x-request-id', 'line\nbreak'],
  ])('rejects a malformed %s', async (name, value) => {
    const [detail] = await rejected({ ...HEADERS, [name]: value }, BODY);
    expect(detail.field).toBe(`headers.${name}`);
    expect(detail.message).toMatch(/must be 1-\d+ characters: letters, digits and \. _ - : \//);
  });

  it('rejects unknown body fields and a body that is not an object', async () => {
    expect(await rejected(HEADERS, { ...BODY, note: 'x' })).toEqual([
      { field: 'note', message: 'property note should not exist' },
    ]);
    expect(await rejected(HEADERS, undefined)).toContainEqual({
      field: 'body',
      message: 'the request body must be a JSON object',
    });
  });
});

describe('createInboundContext', () => {
  it("keeps the caller's request id and makes the Kafka correlation id unique", () => {
    const first = createInboundContext({ 'x-request-id': 'req-7' }, 1000, 5000);
    const second = createInboundContext({ 'x-request-id': 'req-7' }, 1000, 5000);
    expect(first.requestId).toBe('req-7');
    expect(first.messageId).toMatch(/^req-7\.[\da-f]{8}$/);
    expect(first.messageId).not.toBe(second.messageId);
    expect(first.deadline).toBe(6000);
  });

  it('generates a request id when there is none, or none usable, and uses it on Kafka', () => {
    for (const headers of [{}, { 'x-request-id': 'x'.repeat(101) }]) {
      const context = createInboundContext(headers, 0, 5000);
      expect(context.requestId).toMatch(/^[\da-f-]{36}$/);
      expect(context.messageId).toBe(context.requestId);
    }
  });

  it('carries the purpose of use over to the Kafka request context', () => {
    const inbound = createInboundContext({}, 0, 5000);
    const headers = { ...HEADERS, 'x-requester': 'says-another', 'x-dossier-id': 'H12.24-0001' };
    expect(toRequestContext(headers, inbound, 'dossier-core')).toEqual({
      correlationId: inbound.messageId,
      requester: 'dossier-core',
      officerId: 'cb.0042',
      procedureCode: '1.001234.000.00.00.H12',
      dossierId: 'H12.24-0001',
      deadline: 5000,
      traceparent: inbound.traceparent,
    });
  });
});

describe('childTraceparent', () => {
  const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it("continues the caller's trace with a span of its own", () => {
    const child = childTraceparent(incoming);
    expect(child).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[\da-f]{16}-01$/);
    expect(child).not.toBe(incoming);
  });

  it.each([undefined, 'garbage', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'])(
    'starts a new trace from %p',
    (value) => {
      const trace = childTraceparent(value);
      expect(trace).toMatch(/^00-[\da-f]{32}-[\da-f]{16}-01$/);
      expect(trace.slice(3, 35)).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    },
  );
});
