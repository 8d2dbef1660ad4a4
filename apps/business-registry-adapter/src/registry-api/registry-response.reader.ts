import { ErrorCode } from '@interop/contracts';
import { fail, Failure, ResponseReader, succeed, UpstreamResponse } from '@interop/adapter-kit';
import { Mapped } from './json-fields';
import { RegistryErrorCode } from './registry-api.contract';

/**
 * Reads a registry answer: a 200 is parsed and mapped; an error answer becomes the matching
 * failure. Messages are the gateway's own, with the upstream's code: the registry's `thongBao`
 * is never passed on, as a real service's may quote what it was sent.
 */
export function readRegistryResponse<T>(map: (json: unknown) => Mapped<T>): ResponseReader<T> {
  return (response: UpstreamResponse) => {
    if (response.status !== 200) return errorAnswer(response);
    const json = parseJson(response.data);
    if (json === undefined) return invalidAnswer(['the body is not JSON']);
    const mapped = map(json);
    return mapped.ok ? succeed(mapped.value) : invalidAnswer(mapped.problems);
  };
}

/** 4xx answers; the kit has already dealt with 429 and 5xx. */
function errorAnswer({ status, data }: UpstreamResponse): Failure {
  const upstreamCode = errorCodeOf(data);
  if (status === 401 || status === 403) {
    return fail(
      ErrorCode.Forbidden,
      `The business registry rejected the gateway's API key (HTTP ${status})`,
    );
  }
  // A 404 without the registry's own code is a wrong URL, not an enterprise that does not exist.
  if (status === 404 && upstreamCode === RegistryErrorCode.notFound) {
    return fail(ErrorCode.NotFound, 'The business registry holds no enterprise with this code');
  }
  // The gateway checked the input against the contract; what the registry still refuses is the
  // caller's to correct, so it is a 400 and not a bug of ours.
  if (status === 400) {
    return fail(
      ErrorCode.ValidationFailed,
      `The business registry refused the request as malformed (${upstreamCode ?? 'no code'})`,
    );
  }
  return fail(
    ErrorCode.UpstreamInvalidResponse,
    `The business registry answered HTTP ${status}, which it does not use here`,
    { status, upstreamCode },
  );
}

function invalidAnswer(problems: string[]): Failure {
  return fail(
    ErrorCode.UpstreamInvalidResponse,
    'The business registry answered something that fails validation',
    { problems },
  );
}

function parseJson(data: unknown): unknown {
  if (typeof data !== 'string') return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}

/** The registry's maLoi, when the body is its error format. */
function errorCodeOf(data: unknown): string | undefined {
  const json = parseJson(data) as { maLoi?: unknown } | undefined;
  return typeof json?.maLoi === 'string' ? json.maLoi : undefined;
}
