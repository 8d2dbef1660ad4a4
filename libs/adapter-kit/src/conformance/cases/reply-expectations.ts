import { ErrorCode, ErrorReply, Reply, ReplyError, SelfCheckResult } from '@interop/contracts';

/** The data of a successful reply; fails the case, showing the error, on any other reply. */
export function expectData(reply: Reply<unknown>): unknown {
  if (!reply.ok) {
    throw new Error(`expected a successful reply, got ${reply.error.code}: ${reply.error.message}`);
  }
  return reply.data;
}

/** The error of a failed reply with `code`; fails the case on any other reply. */
export function expectError(reply: Reply<unknown>, code: ErrorCode): ReplyError {
  expect(reply).toMatchObject({ ok: false, error: { code } });
  return (reply as ErrorReply).error;
}

/** A health.check reply: always successful, the verdict being in its data. */
export function expectSelfCheck(reply: Reply<unknown>): SelfCheckResult {
  const result = expectData(reply) as SelfCheckResult;
  expect(result).toEqual(
    expect.objectContaining({ healthy: expect.any(Boolean), circuitOpen: expect.any(Boolean) }),
  );
  return result;
}
