import { Logger } from '@nestjs/common';
import { ConfigError } from '@interop/platform';
import { loadSimulatorConfig } from './config/simulator.config';
import { createSimulatorApp } from './simulator.bootstrap';

async function main(): Promise<void> {
  const config = loadSimulatorConfig();
  const app = await createSimulatorApp(config);
  await app.listen(config.SIMULATOR_PORT, config.SIMULATOR_HOST);
  Logger.log(`Upstream simulator listening on ${await app.getUrl()}`, 'Bootstrap');
}

main().catch((error: Error) => {
  // A bad variable deserves a one-line message, not a stack trace.
  process.stderr.write(`${error instanceof ConfigError ? error.message : error.stack}\n`);
  process.exit(1);
});
