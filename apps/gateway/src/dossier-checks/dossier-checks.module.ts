import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { DossierCheckService } from './dossier-check.service';
import { DossierChecksController } from './dossier-checks.controller';

/** Dossier checks over HTTP (`POST /v1/dossier-checks`); the Kafka intake asks them too. */
@Module({
  imports: [SourceRequesterModule, AccessModule],
  controllers: [DossierChecksController],
  providers: [DossierCheckService],
  exports: [DossierCheckService],
})
export class DossierChecksModule {}
