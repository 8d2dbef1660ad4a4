import { ErrorCode } from '@interop/contracts';
import { DEAD_LETTER_REASON_HEADER, decodeHeaders } from '@interop/platform';
import { ConformanceHarness } from '../harness/conformance-harness';
import { SUITE_SETTINGS } from '../harness/suite-settings';
import { expectData, expectError } from './reply-expectations';

/** What the adapter answers while its upstream is well: a record, no record, a refused input. */
export function describeAnswers<Fixtures>(harness: ConformanceHarness<Fixtures>): void {
  const { source, lookup, notFound, invalidInput } = harness.options;

  it(`answers ${lookup.operation} for a known record, with provenance`, async () => {
    const { reply } = await harness.ask(lookup);
    lookup.expect(expectData(reply), harness.fixtures);
    expect(reply).toMatchObject({ meta: { source, cached: false } });
  });

  it(`answers ${notFound.operation} for an unknown record with NOT_FOUND`, async () => {
    const { reply } = await harness.ask(notFound);
    expect(expectError(reply, ErrorCode.NotFound).retryable).toBe(false);
  });

  it(`refuses an invalid ${invalidInput.field} with VALIDATION_FAILED, never calling the upstream`, async () => {
    const field = `payload.${invalidInput.field}`;
    const { reply, correlationId, upstreamRequests } = await harness.askCounted(invalidInput);

    const { details } = expectError(reply, ErrorCode.ValidationFailed);
    expect(details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    const deadLetter = await harness.deadLetters.next(
      correlationId,
      SUITE_SETTINGS.requestDeadlineMs,
    );
    const headers = decodeHeaders(deadLetter.headers);
    expect(headers[DEAD_LETTER_REASON_HEADER]).toContain(field);
    expect(upstreamRequests).toBe(0);
  });
}

/** Keys a contract does not declare, as a hostile requester sends them: the JSON's own keys. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'unexpected'];

/** Whatever their name, keys outside the contract are refused before the upstream is called. */
export function describeHostileKeys<Fixtures>(harness: ConformanceHarness<Fixtures>): void {
  const { lookup } = harness.options;

  it.each(HOSTILE_KEYS)(
    `refuses ${lookup.operation} with a %s key the contract does not declare, never calling the upstream`,
    async (key) => {
      const valid = JSON.stringify(lookup.payload(harness.fixtures));
      const hostile = JSON.parse(`{"${key}":{"isAdmin":true},${valid.slice(1)}`) as object;
      const { reply, upstreamRequests } = await harness.askCounted({
        operation: lookup.operation,
        payload: () => hostile,
      });
      const { details } = expectError(reply, ErrorCode.ValidationFailed);
      expect(details).toEqual([
        { field: `payload.${key}`, message: `property ${key} should not exist` },
      ]);
      expect(upstreamRequests).toBe(0);
    },
  );
}
