import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BirthRegistration,
  CivilStatusOperation,
  DeathRegistration,
  MaritalStatusRecord,
  MarriageHistory,
  PersonalIdQueryDto,
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
import {
  BirthLookupResponse,
  DeathLookupResponse,
  MaritalStatusLookupResponse,
  MarriageLookupResponse,
} from './civil-status.response';

class PersonalIdRequest extends PurposeRequestOf(PersonalIdQueryDto) {}

/** Registrations from the electronic civil-status (hộ tịch) database. */
@ApiTags('civil-status')
@ApiCallerSecurity()
@ApiPurposeHeaders()
@ApiErrorResponses()
@Controller('v1/civil-status')
export class CivilStatusController {
  constructor(private readonly forwarder: SourceForwarder) {}

  @Post('birth-lookups')
  @GrantedOperation('civil-status', CivilStatusOperation.BirthLookup)
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: PersonalIdQueryDto })
  @ApiOperation({ summary: "The person's own birth registration" })
  @ApiOkResponse({ type: BirthLookupResponse })
  birth(
    @ValidPurposeRequest() request: PersonalIdRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<BirthRegistration>> {
    return this.ask(CivilStatusOperation.BirthLookup, request, inbound, access);
  }

  @Post('marriage-lookups')
  @GrantedOperation('civil-status', CivilStatusOperation.MarriageLookup)
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: PersonalIdQueryDto })
  @ApiOperation({ summary: "The person's current and past marriage registrations" })
  @ApiOkResponse({ type: MarriageLookupResponse })
  marriages(
    @ValidPurposeRequest() request: PersonalIdRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<MarriageHistory>> {
    return this.ask(CivilStatusOperation.MarriageLookup, request, inbound, access);
  }

  @Post('death-lookups')
  @GrantedOperation('civil-status', CivilStatusOperation.DeathLookup)
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: PersonalIdQueryDto })
  @ApiOperation({ summary: "The person's death registration" })
  @ApiOkResponse({ type: DeathLookupResponse })
  death(
    @ValidPurposeRequest() request: PersonalIdRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<DeathRegistration>> {
    return this.ask(CivilStatusOperation.DeathLookup, request, inbound, access);
  }

  @Post('marital-status-lookups')
  @GrantedOperation('civil-status', CivilStatusOperation.MaritalStatusLookup)
  @HttpCode(HttpStatus.OK)
  @ApiBody({ type: PersonalIdQueryDto })
  @ApiOperation({ summary: "The person's marital status as the civil-status register has it" })
  @ApiOkResponse({ type: MaritalStatusLookupResponse })
  maritalStatus(
    @ValidPurposeRequest() request: PersonalIdRequest,
    @Inbound() inbound: InboundContext,
    @Granted() access: GrantedAccess,
  ): Promise<SourceResponse<MaritalStatusRecord>> {
    return this.ask(CivilStatusOperation.MaritalStatusLookup, request, inbound, access);
  }

  private ask<T>(
    operation: string,
    request: PersonalIdRequest,
    inbound: InboundContext,
    access: GrantedAccess,
  ): Promise<SourceResponse<T>> {
    return this.forwarder.forward<T, PersonalIdQueryDto>({
      source: 'civil-status',
      operation,
      request,
      inbound,
      access,
      key: request.body.personalId,
    });
  }
}
