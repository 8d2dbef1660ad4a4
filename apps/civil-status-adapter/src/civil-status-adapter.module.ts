import { Module } from '@nestjs/common';
import { SOURCE_ADAPTER } from '@interop/adapter-kit';
import { CivilStatusAdapter } from './civil-status.adapter';

@Module({
  providers: [CivilStatusAdapter, { provide: SOURCE_ADAPTER, useExisting: CivilStatusAdapter }],
})
export class CivilStatusAdapterModule {}
