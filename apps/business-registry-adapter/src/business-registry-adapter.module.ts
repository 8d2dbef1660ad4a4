import { Module } from '@nestjs/common';
import { SOURCE_ADAPTER } from '@interop/adapter-kit';
import { BusinessRegistryAdapter } from './business-registry.adapter';

@Module({
  providers: [
    BusinessRegistryAdapter,
    { provide: SOURCE_ADAPTER, useExisting: BusinessRegistryAdapter },
  ],
})
export class BusinessRegistryAdapterModule {}
