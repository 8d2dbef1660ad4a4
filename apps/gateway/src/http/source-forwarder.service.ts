import { Injectable, Logger } from '@nestjs/common';
import { ErrorCode, Reply, SourceName } from '@interop/contracts';
import { GrantedAccess } from '../auth/granted-access';
import { narrowFields } from '../narrowing/field-narrowing';
import { InboundContext } from '../request-context/inbound-context';
import { PurposeRequest } from '../request-context/purpose-request';
import { toRequestContext } from '../request-context/request-context';
import { SourceRequester } from '../source-requester/source-requester.service';
import { SourceResponse, toSourceResponse } from './source-response';

export interface Forwarding<Body> {
  source: SourceName;
  operation: string;
  request: PurposeRequest<Body>;
  inbound: InboundContext;
  access: GrantedAccess;
  /** The subject's identifier: the request topic is keyed by it. */
  key: string;
}

/**
 * What every source endpoint does: ask the source over Kafka on behalf of the authenticated
 * caller, and answer its data — narrowed to the fields the caller's grant names — or its error.
 */
@Injectable()
export class SourceForwarder {
  private readonly logger = new Logger(SourceForwarder.name);

  constructor(private readonly requester: SourceRequester) {}

  async forward<T, Body extends object>(forwarding: Forwarding<Body>): Promise<SourceResponse<T>> {
    const { source, operation, request, inbound, access, key } = forwarding;
    const { grant } = access;
    // The access guard grants every source route before its handler runs; without a grant here
    // a route was wired wrongly, and nothing may be sent.
    if (!grant) throw new Error(`no grant for ${source}:${operation}: is the route declared?`);
    const reply = await this.requester.request<T>({
      source,
      operation,
      key,
      payload: request.body,
      context: toRequestContext(request.headers, inbound, access.caller.policy.id),
    });
    this.logInternal(reply, source, operation);
    const response = toSourceResponse(reply, inbound.requestId);
    if (!grant.fields) return response;
    const { data, narrowed } = narrowFields(response.data, grant.fields);
    return { data, meta: { ...response.meta, ...(narrowed && { narrowed }) } };
  }

  /** An INTERNAL from an adapter is a bug somewhere: it is never only the caller's to see. */
  private logInternal(reply: Reply<unknown>, source: SourceName, operation: string): void {
    if (!reply.ok && reply.error.code === ErrorCode.Internal) {
      this.logger.error('the source answered INTERNAL', {
        source,
        operation,
        message: reply.error.message,
      });
    }
  }
}
