import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { SimulatorConfig } from '../../config/simulator.config';
import { FaultInjector } from '../../faults/fault-injector';
import { CIVIL_STATUS_FAULT_RESPONSES } from '../civil-status-responses';
import { AccessTokens } from './access-tokens';
import { handleTokenRequest, TokenEndpointContext } from './token-endpoint.handler';

/** The civil-status service's OAuth2 token endpoint; faults hit it like the rest of the service. */
@Controller('civil-status/oauth')
export class OAuthTokenController {
  private readonly context: TokenEndpointContext;

  constructor(
    private readonly faults: FaultInjector,
    tokens: AccessTokens,
    config: SimulatorConfig,
  ) {
    const accepted = config.credentials.accepted('civil-status');
    this.context = {
      tokens,
      client: {
        clientId: accepted.UPSTREAM_CLIENT_ID,
        clientSecret: accepted.UPSTREAM_CLIENT_SECRET,
      },
    };
  }

  @Post('token')
  token(
    @Body() body: unknown,
    @Headers('authorization') authorization: string | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.faults.respond('civil-status', res, CIVIL_STATUS_FAULT_RESPONSES, () =>
      handleTokenRequest({ authorization, contentType, body }, this.context),
    );
  }
}
