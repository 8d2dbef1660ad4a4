import { Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { CitizenController } from './citizen.controller';

@Module({
  imports: [SourceRequesterModule],
  controllers: [CitizenController],
})
export class CitizenModule {}
