import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { JsonLogger, loadConfig } from '@interop/platform';
import { GatewayConfig } from './config/gateway.config';
import { GatewayModule } from './gateway.module';
import { ErrorResponseFilter } from './http/error-response.filter';
import { JSON_BODY_OPTIONS } from './http/json-body';
import { setupSwagger } from './http/swagger';
import { createValidationPipe } from './http/validation.pipe';
import { requestContextMiddleware } from './request-context/request-context.middleware';

/**
 * The gateway, configured and initialised but not listening: connected to Kafka, owning a reply
 * partition of every source. Shared by main.ts and the end-to-end tests.
 */
export async function createGatewayApp(
  env: NodeJS.ProcessEnv = process.env,
): Promise<INestApplication> {
  const config = loadConfig(GatewayConfig, env);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    logger: new JsonLogger('gateway', config.LOG_LEVEL),
    abortOnError: false,
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Before Swagger's routes and Nest's, so every response carries X-Request-Id.
  app.use(requestContextMiddleware(config.REQUEST_DEADLINE_MS));
  // JSON only, checked before it is parsed; a form or other body is no JSON object, and a 400.
  app.useBodyParser('json', JSON_BODY_OPTIONS);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorResponseFilter());
  setupSwagger(app);
  app.enableShutdownHooks();
  try {
    await app.init();
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** Runs the gateway on GATEWAY_HOST:GATEWAY_PORT; a bad configuration or Kafka ends the process. */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const app = await createGatewayApp(env);
    const { GATEWAY_HOST, GATEWAY_PORT } = app.get(GatewayConfig);
    await app.listen(GATEWAY_PORT, GATEWAY_HOST);
    new Logger('gateway').log('listening', { url: await app.getUrl() });
  } catch (error) {
    new JsonLogger('gateway').fatal('the gateway could not start', {
      reason: (error as Error).message,
    });
    process.exit(1);
  }
}
