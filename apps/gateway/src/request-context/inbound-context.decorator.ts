import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { inboundContextOf } from './inbound-context';

/** The request's InboundContext, as the request context middleware fixed it. */
export const Inbound = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  inboundContextOf(context.switchToHttp().getRequest<object>()),
);
