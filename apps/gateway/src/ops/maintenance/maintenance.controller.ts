import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCode, SOURCES, SourceName } from '@interop/contracts';
import { AuditTrail } from '../../audit/audit-trail.service';
import { ApiCallerSecurity } from '../../auth/api-caller-security.decorator';
import { Granted, GrantedAccess } from '../../auth/granted-access';
import { AdminAction, RequiresRole } from '../../auth/route-access.decorators';
import { GatewayConfig } from '../../config/gateway.config';
import { ApiError } from '../../http/api-error';
import { ApiErrorResponses } from '../../http/error-response.model';
import { ConnectorMaintenance } from './connector-maintenance.service';
import {
  ConnectorMaintenanceModel,
  MaintenanceListModel,
  MaintenanceRequestDto,
  MaintenanceSourceParams,
} from './maintenance.dto';
import { retryAfterS } from './maintenance-window';

export const MAINTENANCE_START = 'maintenance.start';
export const MAINTENANCE_END = 'maintenance.end';

const NOT_RECORDED =
  'The switch could not be recorded in the audit trail, so it was not made; retry later';

/**
 * Maintenance per connector, for the ops role: while it lasts, requests to the source are
 * answered 503 SOURCE_MAINTENANCE with Retry-After, and nothing is sent to it. Each switch is an
 * `admin` audit event, stored before the switch is made (fail closed).
 */
@ApiTags('ops')
@ApiCallerSecurity()
@ApiErrorResponses()
@Controller('v1/ops')
export class MaintenanceController {
  constructor(
    private readonly maintenance: ConnectorMaintenance,
    private readonly trail: AuditTrail,
    private readonly config: GatewayConfig,
  ) {}

  @Get('maintenance')
  @RequiresRole('ops')
  @ApiOperation({ summary: 'Every connector, and its maintenance if it is in one (ops role)' })
  @ApiOkResponse({ type: MaintenanceListModel })
  list(): MaintenanceListModel {
    return { connectors: SOURCES.map((source) => this.view(source)) };
  }

  @Put('connectors/:source/maintenance')
  @AdminAction(MAINTENANCE_START)
  @ApiOperation({
    summary: 'Puts a connector in maintenance, or changes its end or reason (ops role)',
    description: 'Recorded as an admin audit event, and made only once that event is stored.',
  })
  @ApiOkResponse({ type: ConnectorMaintenanceModel })
  async start(
    @Param() { source }: MaintenanceSourceParams,
    @Body() body: MaintenanceRequestDto,
    @Granted() access: GrantedAccess,
  ): Promise<ConnectorMaintenanceModel> {
    const now = Date.now();
    const until = body.until === undefined ? undefined : Date.parse(body.until);
    if (until !== undefined && until <= now) {
      throw new ApiError(ErrorCode.ValidationFailed, 'until must be in the future', [
        { field: 'until', message: 'until must be in the future' },
      ]);
    }
    await this.record(access, source);
    const by = access.caller.policy.id;
    this.maintenance.start({ source, reason: body.reason, since: now, until, by });
    return this.view(source);
  }

  @Delete('connectors/:source/maintenance')
  @AdminAction(MAINTENANCE_END)
  @ApiOperation({
    summary: 'Ends a connector’s maintenance, if it is in one (ops role)',
    description: 'Recorded as an admin audit event, and made only once that event is stored.',
  })
  @ApiOkResponse({ type: ConnectorMaintenanceModel })
  async end(
    @Param() { source }: MaintenanceSourceParams,
    @Granted() access: GrantedAccess,
  ): Promise<ConnectorMaintenanceModel> {
    await this.record(access, source);
    this.maintenance.end(source, access.caller.policy.id);
    return this.view(source);
  }

  /** Stores the switch's audit event, or refuses to make it. */
  private async record(access: GrantedAccess, source: SourceName): Promise<void> {
    const attempt = access.attempt!;
    attempt.source = source;
    if (!(await this.trail.released(attempt, { sourceAsked: false }))) {
      throw new ApiError(ErrorCode.AuditUnavailable, NOT_RECORDED);
    }
  }

  private view(source: SourceName): ConnectorMaintenanceModel {
    const now = Date.now();
    const window = this.maintenance.of(source, now);
    if (!window) return { source, maintenance: null };
    return {
      source,
      maintenance: {
        reason: window.reason,
        since: new Date(window.since).toISOString(),
        until: window.until === undefined ? null : new Date(window.until).toISOString(),
        by: window.by,
        retryAfterS: retryAfterS(window, now, this.config.MAINTENANCE_RETRY_AFTER_S),
      },
    };
  }
}
