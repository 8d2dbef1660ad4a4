import { Module } from '@nestjs/common';
import { HealthModule } from '../health/health.module';
import { OpsBoard } from './ops-board';
import { OpsPageController } from './ops-page.controller';
import { OpsController } from './ops.controller';

/** The ops page at /ops and the data it polls, /v1/ops/connectors, for the ops role. */
@Module({
  imports: [HealthModule],
  controllers: [OpsPageController, OpsController],
  providers: [OpsBoard],
})
export class OpsModule {}
