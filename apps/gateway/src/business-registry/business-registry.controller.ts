import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BusinessRegistryOperation,
  Enterprise,
  EnterpriseLookupDto,
  EnterpriseSearchDto,
  EnterpriseSearchPage,
} from '@interop/contracts';
import { Granted, GrantedAccess } from '../auth/granted-access';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { GrantedOperation } from '../auth/route-access.decorators';
import { ApiErrorResponses } from '../http/error-response.model';
import { SourceForwarder } from '../http/source-forwarder.service';
import { SourceResponse } from '../http/source-response';
import { ApiPurposeHeaders } from '../request-context/api-purpose-headers.decorator';
import { Inbound } from '../request-context/inbound-context.decorator';
import { InboundContext } from '../request-context/inbound-context';
import { PurposeRequestOf, ValidPurposeRequest } from '../request-context/purpose-request';
import { EnterpriseLookupResponse, EnterpriseSearchResponse } from './enterprise.response';

class EnterpriseLookupRequest extends PurposeRequestOf(EnterpriseLookupDto) {}
class EnterpriseSearchRequest extends PurposeRequestOf(EnterpriseSearchDto) {}

/** Enterprises from the national business registration database. */
@ApiTags('business-registry')
@ApiCallerSecurity()
@ApiPurposeHeaders()
@ApiErrorResponses()
@Controller('v1/business-registry')
export class BusinessRegistryController {
  constructor(private readonly forwarder: SourceForwarder) {}

  @Post('enterprise-lookups')
  @GrantedOperation('business-registry', BusinessRegistryOperation.EnterpriseLookup)
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: EnterpriseLookupDto })
  @ApiOperation({
    summary: "An enterprise's registration, by enterprise code or branch code",
    description:
      'The check digit is verified before anything is sent. A branch code answers the parent ' +
      'enterprise, whose `branches` include the branch.',
  })
  @ApiOkResponse({ type: EnterpriseLookupResponse })
  lookup(
    @ValidPurposeRequest() request: EnterpriseLookupRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<Enterprise>> {
    return this.forwarder.forward<Enterprise, EnterpriseLookupDto>({
      source: 'business-registry',
      operation: BusinessRegistryOperation.EnterpriseLookup,
      request,
      inbound,
      access,
      key: request.body.enterpriseCode,
    });
  }

  @Post('enterprise-searches')
  @GrantedOperation('business-registry', BusinessRegistryOperation.EnterpriseSearch)
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: EnterpriseSearchDto })
  @ApiOperation({
    summary: 'Enterprises whose name contains the given text, a page at a time',
    description: 'Case and diacritics are ignored. At most 50 per page.',
  })
  @ApiOkResponse({ type: EnterpriseSearchResponse })
  search(
    @ValidPurposeRequest() request: EnterpriseSearchRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<EnterpriseSearchPage>> {
    return this.forwarder.forward<EnterpriseSearchPage, EnterpriseSearchDto>({
      source: 'business-registry',
      operation: BusinessRegistryOperation.EnterpriseSearch,
      request,
      inbound,
      access,
      key: request.body.name,
    });
  }
}
