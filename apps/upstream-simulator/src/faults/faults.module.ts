import { Module } from '@nestjs/common';
import { FaultInjector } from './fault-injector';
import { FaultSettingsStore } from './fault-settings.store';
import { FaultsController } from './faults.controller';
import { RequestCounts } from './request-counts';
import { StatsController } from './stats.controller';

@Module({
  controllers: [FaultsController, StatsController],
  providers: [FaultSettingsStore, FaultInjector, RequestCounts],
  exports: [FaultInjector],
})
export class FaultsModule {}
