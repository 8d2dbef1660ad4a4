import { Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { BusinessRegistryController } from './business-registry.controller';

@Module({
  imports: [SourceRequesterModule],
  controllers: [BusinessRegistryController],
})
export class BusinessRegistryModule {}
