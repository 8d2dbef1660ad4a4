import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { FaultInjector } from '../faults/fault-injector';
import {
  CivilStatusApiContext,
  CivilStatusResource,
  handleCivilStatusRequest,
  handleConnectionCheck,
} from './civil-status-api.handler';
import { CIVIL_STATUS_FAULT_RESPONSES } from './civil-status-responses';
import { AccessTokens } from './oauth/access-tokens';
import { CivilStatusRegister } from './register/civil-status-register';

/** The civil-status REST API; every call needs a bearer token from the token endpoint. */
@Controller('civil-status/api/v1')
export class CivilStatusApiController {
  private readonly context: CivilStatusApiContext;

  constructor(
    private readonly faults: FaultInjector,
    register: CivilStatusRegister,
    tokens: AccessTokens,
  ) {
    this.context = { register, tokens };
  }

  @Get('khai-sinh/:soDinhDanh')
  birth(
    @Param('soDinhDanh') personalId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.answer('birth', personalId, req, res);
  }

  @Get('ket-hon')
  marriages(
    @Query('soDinhDanh') personalId: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.answer('marriages', personalId, req, res);
  }

  @Get('khai-tu/:soDinhDanh')
  death(
    @Param('soDinhDanh') personalId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.answer('death', personalId, req, res);
  }

  @Get('tinh-trang-hon-nhan/:soDinhDanh')
  maritalStatus(
    @Param('soDinhDanh') personalId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.answer('marital-status', personalId, req, res);
  }

  @Get('kiem-tra-ket-noi')
  connectionCheck(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.faults.respond('civil-status', res, CIVIL_STATUS_FAULT_RESPONSES, () =>
      handleConnectionCheck({ headers: req.headers }, this.context),
    );
  }

  private answer(
    resource: CivilStatusResource,
    personalId: unknown,
    req: Request,
    res: Response,
  ): Promise<void> {
    return this.faults.respond('civil-status', res, CIVIL_STATUS_FAULT_RESPONSES, () =>
      handleCivilStatusRequest(resource, { headers: req.headers, personalId }, this.context),
    );
  }
}
