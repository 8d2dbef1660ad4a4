import { Module } from '@nestjs/common';
import { FaultInjector } from './fault-injector';
import { FaultSettingsStore } from './fault-settings.store';
import { FaultsController } from './faults.controller';

@Module({
  controllers: [FaultsController],
  providers: [FaultSettingsStore, FaultInjector],
  exports: [FaultInjector],
})
export class FaultsModule {}
