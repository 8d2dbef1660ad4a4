import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode, isSourceName, SOURCES } from '@interop/contracts';
import { ApiCallerSecurity } from '../../auth/api-caller-security.decorator';
import { Granted, GrantedAccess } from '../../auth/granted-access';
import { AnyCaller } from '../../auth/route-access.decorators';
import { ApiError } from '../../http/api-error';
import { ErrorResponseModel } from '../../http/error-response.model';
import { CatalogueSourceModel, SourceCatalogueModel } from './source-catalogue.model';
import { SourceCatalogue } from './source-catalogue.service';

/** Which sources there are, what each answers, and which of it the caller may use. */
@ApiTags('catalogue')
@ApiCallerSecurity()
@ApiResponse({ status: 401, type: ErrorResponseModel, description: 'UNAUTHENTICATED' })
@AnyCaller()
@Controller('v1/sources')
export class SourceCatalogueController {
  constructor(private readonly catalogue: SourceCatalogue) {}

  @Get()
  @ApiOperation({
    summary:
      'Every source, its operations, status and OpenAPI section, and what the caller may use',
  })
  @ApiOkResponse({ type: SourceCatalogueModel })
  list(@Granted() access: GrantedAccess): SourceCatalogueModel {
    return { sources: this.catalogue.sources(access.caller.policy) };
  }

  @Get(':source')
  @ApiOperation({ summary: 'One source of the catalogue' })
  @ApiParam({ name: 'source', enum: SOURCES })
  @ApiOkResponse({ type: CatalogueSourceModel })
  @ApiResponse({ status: 404, type: ErrorResponseModel, description: 'NOT_FOUND' })
  one(@Param('source') source: string, @Granted() access: GrantedAccess): CatalogueSourceModel {
    if (!isSourceName(source)) {
      throw new ApiError(ErrorCode.NotFound, `There is no source ${JSON.stringify(source)}`);
    }
    return this.catalogue.source(source, access.caller.policy);
  }
}
