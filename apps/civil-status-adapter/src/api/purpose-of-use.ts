import { CallContext } from '@interop/adapter-kit';
import { PURPOSE_HEADERS } from './civil-status-api.contract';

/** The service requires the purpose of use on every query: who asks, under which procedure. */
export function purposeHeaders(context: CallContext): Record<string, string> {
  return {
    Accept: 'application/json',
    [PURPOSE_HEADERS.requester]: headerSafe(context.requester),
    [PURPOSE_HEADERS.officerId]: headerSafe(context.officerId),
    [PURPOSE_HEADERS.procedureCode]: headerSafe(context.procedureCode),
    [PURPOSE_HEADERS.correlationId]: headerSafe(context.correlationId),
    ...(context.dossierId && { [PURPOSE_HEADERS.dossierId]: headerSafe(context.dossierId) }),
  };
}

/** HTTP header values are ASCII; a code written with Vietnamese letters travels percent-encoded. */
function headerSafe(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}
