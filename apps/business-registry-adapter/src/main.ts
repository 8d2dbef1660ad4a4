import { runAdapterProcess } from '@interop/adapter-kit';
import { startBusinessRegistryAdapter } from './business-registry-adapter.bootstrap';

void runAdapterProcess('business-registry-adapter', () => startBusinessRegistryAdapter());
