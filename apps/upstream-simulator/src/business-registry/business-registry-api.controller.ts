import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { SimulatedResponse } from '../common/simulated-response';
import { SimulatorConfig } from '../config/simulator.config';
import { FaultInjector } from '../faults/fault-injector';
import { API_KEY_HEADER, API_ROOT } from './business-registry-api.contract';
import {
  ApiRequest,
  BusinessRegistryContext,
  handleLookup,
  handlePing,
  handleSearch,
} from './business-registry-api.handler';
import { BUSINESS_REGISTRY_FAULT_RESPONSES } from './business-registry-responses';
import { EnterpriseRegistry } from './enterprise-registry';

/**
 * The business registry's REST API. The query stays a plain record (no DTO) so that the
 * registry, not Nest, answers a bad one, in its own error format.
 */
@Controller(API_ROOT)
export class BusinessRegistryApiController {
  private readonly context: BusinessRegistryContext;

  constructor(
    private readonly faults: FaultInjector,
    registry: EnterpriseRegistry,
    config: SimulatorConfig,
  ) {
    const { UPSTREAM_API_KEY: apiKey } = config.credentials.accepted('business-registry');
    this.context = { registry, apiKey };
  }

  @Get('ping')
  ping(
    @Headers(API_KEY_HEADER) apiKey: string | undefined,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    return this.respond(res, () => handlePing({ apiKey, query }, this.context));
  }

  @Get('doanh-nghiep')
  search(
    @Headers(API_KEY_HEADER) apiKey: string | undefined,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    return this.respond(res, () => handleSearch({ apiKey, query }, this.context));
  }

  @Get('doanh-nghiep/:maSo')
  lookup(
    @Param('maSo') maSo: string,
    @Headers(API_KEY_HEADER) apiKey: string | undefined,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const request: ApiRequest & { maSo: string } = { apiKey, query, maSo };
    return this.respond(res, () => handleLookup(request, this.context));
  }

  private respond(res: Response, answer: () => SimulatedResponse): Promise<void> {
    return this.faults.respond('business-registry', res, BUSINESS_REGISTRY_FAULT_RESPONSES, answer);
  }
}
