import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Citizen,
  CitizenQueryDto,
  CitizenVerification,
  PopulationOperation,
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
import { CitizenLookupResponse, CitizenVerificationResponse } from './citizen.response';

class CitizenQueryRequest extends PurposeRequestOf(CitizenQueryDto) {}

/** Citizen data from the National Population Database. */
@ApiTags('population')
@ApiCallerSecurity()
@ApiPurposeHeaders()
@ApiErrorResponses()
@Controller('v1/population')
export class CitizenController {
  constructor(private readonly forwarder: SourceForwarder) {}

  @Post('citizen-lookups')
  @GrantedOperation('population', PopulationOperation.CitizenLookup)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "A citizen's population record, by identification number, full name and date of birth",
  })
  @ApiBody({ type: CitizenQueryDto })
  @ApiOkResponse({
    type: CitizenLookupResponse,
    description: 'The population record, with its provenance',
  })
  lookup(
    @ValidPurposeRequest() request: CitizenQueryRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<Citizen>> {
    return this.ask<Citizen>(PopulationOperation.CitizenLookup, request, inbound, access);
  }

  @Post('citizen-verifications')
  @GrantedOperation('population', PopulationOperation.CitizenVerify)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Whether the claimed full name and date of birth match the population record',
  })
  @ApiBody({ type: CitizenQueryDto })
  @ApiOkResponse({
    type: CitizenVerificationResponse,
    description: 'A verdict per claimed field, with its provenance; no personal data',
  })
  verify(
    @ValidPurposeRequest() request: CitizenQueryRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<CitizenVerification>> {
    return this.ask<CitizenVerification>(
      PopulationOperation.CitizenVerify,
      request,
      inbound,
      access,
    );
  }

  private ask<T>(
    operation: string,
    request: CitizenQueryRequest,
    inbound: InboundContext,
    access: GrantedAccess,
  ): Promise<SourceResponse<T>> {
    return this.forwarder.forward<T, CitizenQueryDto>({
      source: 'population',
      operation,
      request,
      inbound,
      access,
      key: request.body.personalId,
    });
  }
}
