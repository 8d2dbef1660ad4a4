import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { Response } from 'express';
import { SimulatorConfig } from '../config/simulator.config';
import { FaultInjector } from '../faults/fault-injector';
import { POPULATION_FAULT_RESPONSES } from './population-faults';
import { PopulationDirectory } from './population-directory';
import { handlePopulationSoapRequest, PopulationSoapContext } from './population-soap.handler';

/** The population database's single SOAP endpoint; the operation is named in the Body. */
@Controller('population')
export class PopulationSoapController {
  private readonly context: PopulationSoapContext;

  constructor(
    private readonly faults: FaultInjector,
    directory: PopulationDirectory,
    config: SimulatorConfig,
  ) {
    const accepted = config.credentials.accepted('population');
    this.context = {
      directory,
      credentials: {
        accessKey: accepted.UPSTREAM_ACCESS_KEY,
        secretKey: accepted.UPSTREAM_SECRET_KEY,
      },
    };
  }

  @Post('soap')
  async soap(
    @Body() body: unknown,
    @Headers('soapaction') soapAction: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    await this.faults.respond('population', res, POPULATION_FAULT_RESPONSES, () =>
      handlePopulationSoapRequest({ body, soapAction }, this.context),
    );
  }
}
