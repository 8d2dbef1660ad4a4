import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCallerSecurity } from '../auth/api-caller-security.decorator';
import { RequiresRole } from '../auth/route-access.decorators';
import { ApiErrorResponses } from '../http/error-response.model';
import { OpsBoard, OpsBoardView } from './ops-board';

@ApiTags('ops')
@ApiCallerSecurity()
@ApiErrorResponses()
@Controller('v1/ops')
export class OpsController {
  constructor(private readonly board: OpsBoard) {}

  @Get('connectors')
  @RequiresRole('ops')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Every connector at a glance, with its last quarter of an hour (ops role)',
    description:
      'What the ops page at /ops polls: health with reasons, request and error rates, p50 and ' +
      'p95 latency with their history, circuit, in flight, consumer lag, replicas, the recent ' +
      'errors by code, and maintenance. Counts and codes only: no personal data.',
  })
  @ApiOkResponse({ description: 'OpsBoardView: { status, ready, kafka, connectors: [...] }' })
  connectors(): Promise<OpsBoardView> {
    return this.board.view();
  }
}
