import { runAdapterProcess } from '@interop/adapter-kit';
import { startCivilStatusAdapter } from './civil-status-adapter.bootstrap';

void runAdapterProcess('civil-status-adapter', () => startCivilStatusAdapter());
