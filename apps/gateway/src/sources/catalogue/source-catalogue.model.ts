import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOURCES } from '@interop/contracts';

export class CatalogueOperationModel {
  @ApiProperty({ example: 'citizen.lookup', description: 'The operation of grants and messages' })
  name: string;

  @ApiProperty({ example: 'POST' })
  method: 'POST';

  @ApiProperty({ example: '/v1/population/citizen-lookups' })
  path: string;

  @ApiProperty({ example: "A citizen's population record, by identification number" })
  summary: string;

  @ApiProperty({ description: 'The answer is a verdict, with no personal data in it' })
  verdictOnly: boolean;

  @ApiProperty({
    example: 'PopulationController_citizenLookup',
    description: "The operation's id in the OpenAPI document",
  })
  operationId: string;

  @ApiProperty({ description: 'Whether the caller asking is granted the operation' })
  allowed: boolean;

  @ApiProperty({
    type: [String],
    example: ['1.001193'],
    description:
      'The procedures of the catalogue that use the operation, under one of which the caller ' +
      'must ask; empty when the caller is not granted it',
  })
  procedures: string[];
}

export class CatalogueOpenApiModel {
  @ApiProperty({ example: '/docs-json', description: 'The OpenAPI document' })
  document: string;

  @ApiProperty({ example: 'population', description: "The tag of the source's operations" })
  tag: string;

  @ApiProperty({ example: '/docs#/population', description: 'The section in the API browser' })
  browse: string;
}

export class CatalogueSourceModel {
  @ApiProperty({ enum: SOURCES })
  name: string;

  @ApiProperty({ example: 'National Population Database' })
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: ['rest', 'soap'], description: "The upstream's protocol" })
  protocol: string;

  @ApiProperty({ description: 'Whether the gateway is unready without it' })
  critical: boolean;

  @ApiProperty({ example: 800, description: 'The p95 latency the source is expected to keep' })
  latencyObjectiveMs: number;

  @ApiProperty({ example: 'up', description: "The connector's status as health last saw it" })
  status: string;

  @ApiProperty({ type: CatalogueOpenApiModel })
  openapi: CatalogueOpenApiModel;

  @ApiProperty({ type: [CatalogueOperationModel] })
  operations: CatalogueOperationModel[];

  @ApiPropertyOptional({ description: 'Whether the caller is granted any of its operations' })
  allowed: boolean;
}

export class SourceCatalogueModel {
  @ApiProperty({ type: [CatalogueSourceModel] })
  sources: CatalogueSourceModel[];
}
