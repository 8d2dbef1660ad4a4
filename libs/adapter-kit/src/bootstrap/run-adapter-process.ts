import { JsonLogger } from '@interop/platform';
import { RunningAdapter } from './start-adapter';

/**
 * What an adapter's main.ts does: start, stop cleanly on SIGTERM or SIGINT, and exit non-zero
 * with a JSON line saying why when it cannot start (a ConfigError names the variable to fix).
 */
export async function runAdapterProcess(
  app: string,
  start: () => Promise<RunningAdapter>,
): Promise<void> {
  const logger = new JsonLogger(app);
  try {
    const running = await start();
    const stop = (signal: NodeJS.Signals) => {
      logger.log('stopping', { signal });
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(error);
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    logger.fatal(error);
    process.exit(1);
  }
}
