import { Injectable } from '@nestjs/common';
import { SourceName } from '@interop/contracts';
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
  /** The subject's identifier: the request topic is keyed by it. */
  key: string;
}

/** What every source endpoint does: ask the source over Kafka, answer its data or its error. */
@Injectable()
export class SourceForwarder {
  constructor(private readonly requester: SourceRequester) {}

  async forward<T, Body extends object>(forwarding: Forwarding<Body>): Promise<SourceResponse<T>> {
    const { source, operation, request, inbound, key } = forwarding;
    const reply = await this.requester.request<T>({
      source,
      operation,
      key,
      payload: request.body,
      context: toRequestContext(request.headers, inbound),
    });
    return toSourceResponse(reply, inbound.requestId);
  }
}
