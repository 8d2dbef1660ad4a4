import { ErrorCode, errorReply, Reply, SourceName } from '@interop/contracts';
import { Outcome } from './deadline';
import { parseReply } from './reply-envelope';

/**
 * What the caller is told, whatever happened: a source's reply envelope as it is, or the
 * gateway's own coded error. An Error means the request could not be sent; anything else that
 * fails the observable is an error header from a Nest adapter, which the contract does not use.
 */
export function replyOfOutcome(outcome: Outcome, source: SourceName): Reply<unknown> {
  switch (outcome.status) {
    case 'answered':
      return (
        parseReply(outcome.value) ??
        errorReply(
          ErrorCode.UpstreamInvalidResponse,
          `The ${source} adapter answered with an invalid reply`,
        )
      );
    case 'expired':
      return errorReply(
        ErrorCode.DeadlineExceeded,
        `The ${source} source did not answer before the deadline`,
      );
    case 'cancelled':
      return errorReply(ErrorCode.SourceUnavailable, 'The gateway is shutting down');
    case 'failed':
      return outcome.error instanceof Error
        ? errorReply(
            ErrorCode.SourceUnavailable,
            `The request could not be sent to the ${source} source`,
          )
        : errorReply(
            ErrorCode.UpstreamInvalidResponse,
            `The ${source} adapter failed without a reply`,
          );
  }
}
