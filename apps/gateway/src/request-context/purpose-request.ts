import { createParamDecorator, ExecutionContext, Type } from '@nestjs/common';
import { FieldError } from '@interop/contracts';
import { Type as NestedType } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';
import type { Request } from 'express';
import { pickPurposeHeaders, PurposeHeadersDto } from './purpose-headers.dto';

/** A request body together with its purpose headers, validated as one so one 400 lists all. */
export interface PurposeRequest<Body> {
  headers: PurposeHeadersDto;
  body: Body;
}

/** The class the global ValidationPipe checks a `@ValidPurposeRequest()` parameter against. */
export function PurposeRequestOf<Body extends object>(
  body: Type<Body>,
): Type<PurposeRequest<Body>> {
  class PurposeRequestOfBody {
    @ValidateNested()
    @NestedType(() => PurposeHeadersDto)
    headers: PurposeHeadersDto;

    @IsObject({ message: 'the request body must be a JSON object' })
    @ValidateNested()
    @NestedType(() => body)
    body: Body;
  }
  return PurposeRequestOfBody;
}

/**
 * The body and purpose headers of the request; declare the parameter with a PurposeRequestOf
 * class. Validation needs the pipe's `validateCustomDecorators`.
 */
export const ValidPurposeRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): { headers: object; body: unknown } => {
    const request = context.switchToHttp().getRequest<Request>();
    return { headers: pickPurposeHeaders(request.headers), body: request.body };
  },
);

/** Body fields are named as in the body's DTO (`personalId`); headers as `headers.x-officer-id`. */
export function withCallerFieldNames(errors: FieldError[]): FieldError[] {
  return errors.map(({ field, message }) => ({ field: field.replace(/^body\./, ''), message }));
}
