import { Controller, HttpCode, HttpStatus, Post, Type } from '@nestjs/common';
import { ApiBody, ApiExtension, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  camelCase,
  OperationDescriptor,
  pascalCase,
  SourceDescriptor,
  SourceName,
} from '@interop/contracts';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { Granted, GrantedAccess } from '../auth/granted-access';
import { GrantedOperation } from '../auth/route-access.decorators';
import { ApiErrorResponses } from '../http/error-response.model';
import { SourceForwarder } from '../http/source-forwarder.service';
import { SourceResponse } from '../http/source-response';
import { ApiPurposeHeaders } from '../request-context/api-purpose-headers.decorator';
import { Inbound } from '../request-context/inbound-context.decorator';
import { InboundContext } from '../request-context/inbound-context';
import {
  PurposeRequest,
  PurposeRequestOf,
  ValidPurposeRequest,
} from '../request-context/purpose-request';
import { named } from './source-names';
import { sourceResponseModel } from './source-response.model';

type Handler = (
  this: { forwarder: SourceForwarder },
  request: PurposeRequest<Record<string, unknown>>,
  inbound: InboundContext,
  access: GrantedAccess,
) => Promise<SourceResponse<unknown>>;

/** The HTTP prefix of a source's routes: `v1/population`. */
export function sourceRoutePrefix(source: string): string {
  return `v1/${source}`;
}

/**
 * The controller of a source: one `POST /v1/<source>/<path>` per operation of its descriptor,
 * each granted, validated, forwarded and documented like every other.
 */
export function sourceController(source: SourceDescriptor<SourceName>): Type {
  @ApiTags(source.name)
  @ApiCallerSecurity()
  @ApiPurposeHeaders()
  @ApiErrorResponses()
  @Controller(sourceRoutePrefix(source.name))
  class SourceController {
    constructor(readonly forwarder: SourceForwarder) {}
  }
  for (const operation of source.operations) addRoute(SourceController, source.name, operation);
  return named(SourceController, `${pascalCase(source.name)}Controller`);
}

function purposeRequestOf(operation: OperationDescriptor): Type {
  return named(
    class extends PurposeRequestOf(operation.request) {},
    `${pascalCase(operation.name)}Request`,
  );
}

function addRoute(controller: Type, source: SourceName, operation: OperationDescriptor): void {
  const { prototype } = controller;
  const method = camelCase(operation.name);
  const handler: Handler = function (request, inbound, access) {
    return this.forwarder.forward({
      source,
      operation: operation.name,
      request,
      inbound,
      access,
      key: String(request.body[operation.keyField]),
    });
  };
  // Named as a method would be: the OpenAPI operation id is `<Controller>_<method>`.
  Object.defineProperty(handler, 'name', { value: method });
  Object.defineProperty(prototype, method, { value: handler, writable: true });
  // What the compiler would record for `(request: Body, inbound, access)`: the validation pipe
  // checks the first parameter against it.
  Reflect.defineMetadata(
    'design:paramtypes',
    [purposeRequestOf(operation), Object, Object],
    prototype,
    method,
  );
  ValidPurposeRequest()(prototype, method, 0);
  Inbound()(prototype, method, 1);
  Granted()(prototype, method, 2);
  const descriptor = Object.getOwnPropertyDescriptor(prototype, method)!;
  const decorators: MethodDecorator[] = [
    Post(operation.path),
    GrantedOperation(source, operation.name),
    HttpCode(HttpStatus.OK),
    ApiBody({ type: operation.request }),
    ApiOperation({ summary: operation.summary, description: operation.description }),
    ApiExtension('x-verdict-only', operation.verdictOnly),
    ApiOkResponse({
      type: sourceResponseModel(operation),
      description: operation.responseDescription,
    }),
  ];
  for (const decorate of decorators) decorate(prototype, method, descriptor);
}
