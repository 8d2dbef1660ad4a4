import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { PopulationDirectory } from '../../population/population-directory';
import { AccessTokens } from '../oauth/access-tokens';
import { CivilStatusRegister } from '../register/civil-status-register';
import {
  CivilStatusSamplesQueryDto,
  CivilStatusSamplesResponse,
  ExpireTokensDto,
} from './civil-status-samples.dto';
import { peopleOfKind, sampleOf } from './civil-status-samples';

/**
 * Not part of the real service: lets people and tests find records and known inconsistencies,
 * and inject the token faults that only an OAuth2-protected service has.
 */
@Controller('_sim/civil-status')
export class CivilStatusAdminController {
  constructor(
    private readonly register: CivilStatusRegister,
    private readonly directory: PopulationDirectory,
    private readonly tokens: AccessTokens,
  ) {}

  @Get('samples')
  samples(@Query() { kind, limit }: CivilStatusSamplesQueryDto): CivilStatusSamplesResponse {
    const people = peopleOfKind(kind, this.register, this.directory);
    return {
      kind,
      samples: people
        .slice(0, limit)
        .map((personalId) => sampleOf(personalId, this.register, this.directory)),
      total: people.length,
      unknownPersonalIds: this.directory.unknownPersonalIds,
    };
  }

  /** Every token issued so far is refused as revoked; new ones work. */
  @Post('tokens/revoke')
  @HttpCode(204)
  revokeTokens(): void {
    this.tokens.revokeAll();
  }

  /** The next calls with a valid token are refused as expired, as if the server's clock ran ahead. */
  @Post('tokens/expire')
  @HttpCode(200)
  expireTokens(@Body() { calls }: ExpireTokensDto): { pendingExpiries: number } {
    this.tokens.expireNextCalls(calls);
    return { pendingExpiries: this.tokens.pendingExpiries };
  }
}
