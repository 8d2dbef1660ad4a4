import { Module } from '@nestjs/common';
import { SOURCE_REGISTRY } from '@interop/contracts';
import { AccessModule } from '../access/access.module';
import { HealthModule } from '../health/health.module';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { SourceCatalogueController } from './catalogue/source-catalogue.controller';
import { SourceCatalogue } from './catalogue/source-catalogue.service';
import { sourceController } from './source-routes';

/** The routes of every source of the registry, and its catalogue. */
@Module({
  imports: [AccessModule, SourceRequesterModule, HealthModule],
  controllers: [...SOURCE_REGISTRY.map(sourceController), SourceCatalogueController],
  providers: [SourceCatalogue],
})
export class SourcesModule {}
