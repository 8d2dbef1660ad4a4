import { LoggerService, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { JsonLogger } from '@interop/platform';
import { SimulatorConfig } from './config/simulator.config';
import { SimulatorModule } from './simulator.module';

export interface SimulatorAppOptions {
  /** Defaults to JSON lines on stdout; tests pass `false` to keep their output clean. */
  logger?: LoggerService | false;
}

/**
 * Builds the simulator, ready to listen. `main.ts` and the end-to-end tests share it, so tests
 * boot exactly what runs.
 */
export async function createSimulatorApp(
  config: SimulatorConfig,
  options: SimulatorAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(SimulatorModule.forConfig(config), {
    logger: options.logger ?? new JsonLogger('upstream-simulator'),
  });
  // SOAP bodies arrive as text/xml; the admin endpoints take JSON.
  app.useBodyParser('text', { type: ['text/xml', 'application/soap+xml'], limit: '1mb' });
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.enableShutdownHooks();
  return app;
}
