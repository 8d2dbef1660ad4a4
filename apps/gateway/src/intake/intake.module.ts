import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DossierChecksModule } from '../dossier-checks/dossier-checks.module';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { IntakeConsumer } from './intake.consumer';

/** Kafka callers, under the same access policy as HTTP callers, through one intake. */
@Module({
  imports: [AccessModule, SourceRequesterModule, DossierChecksModule],
  providers: [IntakeConsumer],
})
export class IntakeModule {}
