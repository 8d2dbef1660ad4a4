import { Module } from '@nestjs/common';
import { SOURCE_REGISTRY } from '@interop/contracts';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { sourceController } from './source-routes';

/** The routes of every source of the registry. */
@Module({
  imports: [SourceRequesterModule],
  controllers: SOURCE_REGISTRY.map(sourceController),
})
export class SourcesModule {}
