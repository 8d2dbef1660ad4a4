import { Module } from '@nestjs/common';
import { SourceRequesterModule } from '../source-requester/source-requester.module';
import { CivilStatusController } from './civil-status.controller';

@Module({
  imports: [SourceRequesterModule],
  controllers: [CivilStatusController],
})
export class CivilStatusModule {}
