import { ErrorCode } from '@interop/contracts';
import { fail, Failure } from '../source-adapter/outcome';
import { codeIn } from './mapped';

/** What an upstream's status or fault code means: one of our codes, with our words if need be. */
export type UpstreamError =
  | ErrorCode
  | {
      code: ErrorCode;
      /** The gateway's own words; by default the kit's for the code. */
      message?: string;
      /** Another attempt may succeed: worth a retry (statuses that say the upstream cannot serve now). */
      transient?: boolean;
    };

export interface UpstreamErrorDeclaration {
  /** Names the upstream in messages: `the civil-status database`. */
  upstream: string;
  /** Statuses whose body is an answer for the adapter to read: 200, and 500 for SOAP 1.1 faults. */
  answers?: readonly number[];
  /** The upstream's HTTP statuses and what each means, beyond those every upstream shares. */
  http?: Readonly<Record<number, UpstreamError>>;
  /** The upstream's own fault codes and what each means; a known one decides over the status. */
  faults?: Readonly<Record<string, UpstreamError>>;
  /** Where a parsed error body names its fault code, for upstreams that write one. */
  faultCodeOf?(body: unknown): string | undefined;
}

export interface UpstreamErrorMeaning {
  code: ErrorCode;
  message?: string;
  transient: boolean;
}

/**
 * Statuses whose meaning every upstream shares, unless its table says otherwise: a quota, and a
 * server that cannot serve now. Any other 5xx is unavailable too, but not retried: a server's
 * bug is not cured by asking again.
 */
const SHARED_STATUSES: Readonly<Record<number, UpstreamError>> = {
  429: { code: ErrorCode.RateLimited, transient: true },
  502: { code: ErrorCode.SourceUnavailable, transient: true },
  503: { code: ErrorCode.SourceUnavailable, transient: true },
  504: { code: ErrorCode.SourceUnavailable, transient: true },
};

/** The gateway's words for an upstream's failure, where its table gives none. */
const MESSAGES: Partial<Record<ErrorCode, (upstream: string, record: string) => string>> = {
  [ErrorCode.NotFound]: (upstream, record) => `${upstream} holds no ${record}`,
  [ErrorCode.Forbidden]: (upstream) => `${upstream} refused the gateway's credentials`,
  [ErrorCode.ValidationFailed]: (upstream) => `${upstream} refused the request as malformed`,
  [ErrorCode.RateLimited]: (upstream) => `${upstream} quota for this requester is exhausted`,
  [ErrorCode.SourceUnavailable]: (upstream) => `${upstream} reported a system error`,
  [ErrorCode.Internal]: (upstream) => `${upstream} rejected the request`,
};

function meaningOf(error: UpstreamError): UpstreamErrorMeaning {
  return typeof error === 'string'
    ? { code: error, transient: false }
    : { ...error, transient: error.transient ?? false };
}

/**
 * One adapter's declaration of what its upstream's HTTP statuses and fault codes mean, in our
 * error codes. The kit's client reads it before a body is read (which statuses say the upstream
 * cannot serve now, and which of those to retry); the adapter's response reader reads it for the
 * rest. Messages are the gateway's own, with the upstream's code: an upstream's wording is never
 * passed on, as a real service's may quote the personal data it was sent.
 */
export class UpstreamErrorTable {
  private readonly answers: ReadonlySet<number>;

  constructor(private readonly declaration: UpstreamErrorDeclaration) {
    this.answers = new Set(declaration.answers ?? [200]);
  }

  get upstream(): string {
    return this.declaration.upstream;
  }

  /** Whether a response with `status` carries an answer for the adapter to read. */
  isAnswer(status: number): boolean {
    return this.answers.has(status);
  }

  /** What a status that is no answer means, whatever the body says; undefined when unknown. */
  ofStatus(status: number): UpstreamErrorMeaning | undefined {
    const declared = this.declaration.http?.[status] ?? SHARED_STATUSES[status];
    if (declared) return meaningOf(declared);
    return status >= 500 ? meaningOf(ErrorCode.SourceUnavailable) : undefined;
  }

  /**
   * The failure a response that is no answer stands for: its fault code's meaning, else its
   * status's, else UPSTREAM_INVALID_RESPONSE, a status this upstream does not use (a wrong URL's
   * 404, say). `record` names what was asked for, in a NOT_FOUND's message.
   */
  failureOf(status: number, body?: unknown, record = 'such record'): Failure {
    const faultCode = body === undefined ? undefined : this.faultCodeOf(body);
    const fault = faultCode === undefined ? undefined : this.faultMeaning(faultCode);
    const meaning = fault ?? this.ofStatus(status);
    if (meaning) return this.failure(meaning, record, fault && faultCode);
    return fail(
      ErrorCode.UpstreamInvalidResponse,
      `${this.upstream} answered HTTP ${status}, which it does not use here`,
      faultCode === undefined ? { status } : { status, upstreamCode: faultCode },
    );
  }

  /** The failure an upstream fault code stands for, or undefined for a code the table lacks. */
  faultOf(faultCode: string, record = 'such record'): Failure | undefined {
    const meaning = this.faultMeaning(faultCode);
    return meaning && this.failure(meaning, record, faultCode);
  }

  /** The fault code a parsed error body (a SOAP Fault element, say) names, if the table says where. */
  faultCodeOf(body: unknown): string | undefined {
    return this.declaration.faultCodeOf?.(body);
  }

  /** An answer that fails validation, with every problem found in it. */
  invalid(problems: string[], what = 'something that fails validation'): Failure {
    return fail(ErrorCode.UpstreamInvalidResponse, `${this.upstream} answered ${what}`, {
      problems,
    });
  }

  private faultMeaning(faultCode: string): UpstreamErrorMeaning | undefined {
    const declared = codeIn(this.declaration.faults ?? {}, faultCode);
    return declared && meaningOf(declared);
  }

  private failure(meaning: UpstreamErrorMeaning, record: string, faultCode?: string): Failure {
    const words =
      meaning.message ??
      MESSAGES[meaning.code]?.(this.upstream, record) ??
      `${this.upstream} answered ${meaning.code}`;
    return fail(meaning.code, faultCode === undefined ? words : `${words} (${faultCode})`);
  }
}

export const upstreamErrorTable = (declaration: UpstreamErrorDeclaration) =>
  new UpstreamErrorTable(declaration);
