import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@interop/contracts';
import { GatewayConfig } from '../config/gateway.config';
import { ApiError } from '../http/api-error';

const QUERY_TIMEOUT_MS = 5000;

/**
 * The audit log's internal query API (apps/audit-log), asked with its bearer token. It knows
 * subjects only by their keyed hash; the gateway hashes the numbers its auditors give.
 */
@Injectable()
export class AuditLogClient {
  private readonly logger = new Logger('audit-log-client');

  constructor(private readonly config: GatewayConfig) {}

  async get(path: string, query: Record<string, string | number | undefined>): Promise<unknown> {
    const token = this.config.AUDIT_QUERY_TOKEN;
    if (!token) {
      throw new ApiError(
        ErrorCode.AuditUnavailable,
        'The audit log cannot be queried here: AUDIT_QUERY_TOKEN is not set',
      );
    }
    const url = new URL(path, this.config.AUDIT_LOG_URL);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(QUERY_TIMEOUT_MS),
      });
    } catch (error) {
      this.logger.error('the audit log did not answer', { cause: String(error) });
      throw unavailable();
    }
    const body = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string; details?: unknown } } | undefined;
    if (response.ok && body !== undefined) return body;
    if (response.status === 400 && body?.error) {
      throw new ApiError(
        ErrorCode.ValidationFailed,
        body.error.message ?? 'invalid query',
        body.error.details,
      );
    }
    // Anything else is ours to fix (a wrong token, a broken store), not the auditor's.
    this.logger.error('the audit log refused a query', { status: response.status });
    throw unavailable();
  }
}

function unavailable(): ApiError {
  return new ApiError(ErrorCode.AuditUnavailable, 'The audit log cannot be queried; retry later');
}
