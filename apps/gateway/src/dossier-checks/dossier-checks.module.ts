import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { DossierCheckService } from './dossier-check.service';
import { DossierChecksController } from './dossier-checks.controller';
import { DossierCheckConsumer } from './kafka/dossier-check.consumer';

/** Dossier checks over HTTP (`POST /v1/dossier-checks`) and over Kafka. */
@Module({
  imports: [SourceRequesterModule, AccessModule],
  controllers: [DossierChecksController],
  providers: [DossierCheckService, DossierCheckConsumer],
})
export class DossierChecksModule {}
