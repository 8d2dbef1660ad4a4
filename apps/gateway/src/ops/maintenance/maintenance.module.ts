import { Global, Module } from '@nestjs/common';
import { ConnectorMaintenance } from './connector-maintenance.service';
import { MaintenanceController } from './maintenance.controller';

/**
 * Maintenance per connector: the switch for the ops role, and the state every path that asks a
 * source consults (the source routes, the Kafka intake, the dossier checks, health).
 */
@Global()
@Module({
  controllers: [MaintenanceController],
  providers: [ConnectorMaintenance],
  exports: [ConnectorMaintenance],
})
export class MaintenanceModule {}
