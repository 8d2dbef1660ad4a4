import { Module } from '@nestjs/common';
import { SOURCE_ADAPTER } from '@interop/adapter-kit';
import { PopulationAdapter } from './population.adapter';

@Module({
  providers: [PopulationAdapter, { provide: SOURCE_ADAPTER, useExisting: PopulationAdapter }],
})
export class PopulationAdapterModule {}
