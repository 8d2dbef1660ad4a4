import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { OperationDescriptor, pascalCase } from '@interop/contracts';
import { SourceMetaModel } from '../http/source-response';
import { named } from './source-names';

/** The OpenAPI model of an operation's answer: its data model, with its provenance. */
export function sourceResponseModel(operation: OperationDescriptor): Type {
  class SourceResponseModel {
    @ApiProperty({ type: operation.response })
    data: object;

    @ApiProperty({ type: SourceMetaModel })
    meta: SourceMetaModel;
  }
  return named(SourceResponseModel, `${pascalCase(operation.name)}Response`);
}
