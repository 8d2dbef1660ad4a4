import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/** Thrown at boot when the environment does not satisfy an app's config class. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Variables whose values must not appear in an error message. */
const SECRET = /SECRET|PASSWORD|TOKEN|KEY/i;

/**
 * Reads an app's configuration from the environment once, at boot. The config class declares
 * each variable with its default and validators; property names are the variable names, so an
 * error names exactly the variable to fix.
 */
export function loadConfig<T extends object>(
  configClass: new () => T,
  env: Record<string, string | undefined> = process.env,
): T {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(configClass, defined, {
    enableImplicitConversion: true,
    excludeExtraneousValues: false,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => {
        const raw = defined[error.property];
        const shown =
          raw === undefined ? 'not set' : SECRET.test(error.property) ? 'set' : `got "${raw}"`;
        return `${error.property} (${shown}): ${Object.values(error.constraints ?? {}).join('; ')}`;
      }),
    );
  }
  return config;
}
