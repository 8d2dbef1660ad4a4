import { ErrorCode } from '@interop/contracts';
import { fail, Outcome, succeed, UpstreamResponse } from '@interop/adapter-kit';

/** kiem-tra-ket-noi answers 200 to a valid token: the service is up and accepts this client. */
export function readConnectionCheck(response: UpstreamResponse): Outcome<true> {
  return response.status === 200
    ? succeed(true)
    : fail(
        ErrorCode.UpstreamInvalidResponse,
        `the civil-status connection check answered HTTP ${response.status}`,
        { status: response.status },
      );
}
