import { runAdapterProcess } from '@interop/adapter-kit';
import { startPopulationAdapter } from './population-adapter.bootstrap';

void runAdapterProcess('population-adapter', () => startPopulationAdapter());
