import { ErrorCode } from '@interop/contracts';
import { fail, Outcome, ResponseReader, succeed, UpstreamResponse } from '@interop/adapter-kit';
import { Mapped } from './registration.mapper';

/**
 * Reads one answer of the civil-status API: the JSON of a 200 through its mapper, and the
 * statuses the service uses for expected failures. 401, 429 and 5xx never get here: the kit's
 * client renews the token, retries or fails the call first.
 */
export function civilStatusReader<T>(
  map: (body: unknown) => Mapped<T>,
  record: string,
): ResponseReader<T> {
  return (response: UpstreamResponse) => {
    switch (response.status) {
      case 200:
        return mappedOutcome(response, map);
      case 404:
        return fail(ErrorCode.NotFound, `the civil-status database holds no ${record}`);
      case 403:
        return fail(ErrorCode.Forbidden, 'the civil-status database refused this client access');
      // The gateway checked the query against the contract; what the database still refuses is
      // the caller's to correct, so it is a 400 and not a bug of ours.
      case 400:
        return fail(
          ErrorCode.ValidationFailed,
          'the civil-status database refused the request as malformed',
        );
      default:
        return invalid(`answered HTTP ${response.status}, which its API does not use`, {
          status: response.status,
        });
    }
  };
}

function mappedOutcome<T>(response: UpstreamResponse, map: (body: unknown) => Mapped<T>) {
  const body = parseJson(response.data);
  if (body === undefined) return invalid('answered something that is not JSON');
  const mapped = map(body);
  return mapped.ok
    ? succeed(mapped.value)
    : invalid('answered a record that fails validation', { problems: mapped.problems });
}

function invalid(what: string, details?: unknown): Outcome<never> {
  return fail(ErrorCode.UpstreamInvalidResponse, `the civil-status database ${what}`, details);
}

/** The body is read as text, so that a truncated answer is caught here, not guessed at by axios. */
function parseJson(data: unknown): unknown {
  try {
    return JSON.parse(String(data));
  } catch {
    return undefined;
  }
}
