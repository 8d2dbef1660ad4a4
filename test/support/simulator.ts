import { NestExpressApplication } from '@nestjs/platform-express';
import { loadSimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';
import { createSimulatorApp } from '../../apps/upstream-simulator/src/simulator.bootstrap';

export interface TestSimulator {
  app: NestExpressApplication;
  /** Its base URL, on 127.0.0.1 and a free port. */
  url: string;
}

/** The upstream simulator, in process and silent, configured by `env` over its defaults. */
export async function startSimulator(env: NodeJS.ProcessEnv = {}): Promise<TestSimulator> {
  const config = loadSimulatorConfig({ SIMULATOR_PORT: '0', ...env });
  const app = await createSimulatorApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}
