import { IsInt, IsIP, IsNotEmpty, IsString, Max, Min } from 'class-validator';

/**
 * The simulator's settings, read from the environment once at boot by `loadConfig`, which
 * names any variable that fails these rules. Each property is a variable, with its default.
 */
export class SimulatorConfig {
  /** TCP port the simulator listens on; 0 picks a free one (tests). */
  @IsInt()
  @Min(0)
  @Max(65535)
  SIMULATOR_PORT: number = 4000;

  /** Interface to bind; 0.0.0.0 exposes the simulator beyond this machine (containers). */
  @IsIP()
  SIMULATOR_HOST: string = '127.0.0.1';

  /** Seed of the synthetic population: the same seed always gives the same citizens. */
  @IsInt()
  @Min(0)
  @Max(4294967295)
  SIMULATOR_SEED: number = 20250701;

  /** Number of citizens in the synthetic population. */
  @IsInt()
  @Min(1)
  @Max(1000000)
  SIMULATOR_POPULATION_SIZE: number = 10000;

  /** Access key the simulated population database accepts in its AuthHeader. */
  @IsString()
  @IsNotEmpty()
  POPULATION_ACCESS_KEY: string = 'dev-access-key';

  /** Secret key the simulated population database accepts in its AuthHeader. */
  @IsString()
  @IsNotEmpty()
  POPULATION_SECRET_KEY: string = 'dev-secret-key';

  /** API key the simulated business registry accepts in its X-API-Key header. */
  @IsString()
  @IsNotEmpty()
  BUSINESS_REGISTRY_API_KEY: string = 'dev-business-registry-key';

  /** Client id the simulated civil-status database's token endpoint accepts. */
  @IsString()
  @IsNotEmpty()
  CIVIL_STATUS_CLIENT_ID: string = 'dev-civil-status-client';

  /** Client secret paired with the civil-status client id. */
  @IsString()
  @IsNotEmpty()
  CIVIL_STATUS_CLIENT_SECRET: string = 'dev-civil-status-secret';

  /** Lifetime of the civil-status access tokens, in seconds (`expires_in`); short in tests. */
  @IsInt()
  @Min(1)
  @Max(86400)
  CIVIL_STATUS_TOKEN_TTL_SECONDS: number = 3600;
}

/**
 * The simulator's database credentials, by its own variables; each source's
 * `<source>.credentials.ts` gives them by its adapter's UPSTREAM_* names.
 */
export const SIMULATOR_CREDENTIAL_VARIABLES = [
  'POPULATION_ACCESS_KEY',
  'POPULATION_SECRET_KEY',
  'BUSINESS_REGISTRY_API_KEY',
  'CIVIL_STATUS_CLIENT_ID',
  'CIVIL_STATUS_CLIENT_SECRET',
] as const;

/** The credentials a simulator started with `config` accepts (its defaults by default). */
export function simulatorCredentials(
  config: SimulatorConfig = new SimulatorConfig(),
): Record<(typeof SIMULATOR_CREDENTIAL_VARIABLES)[number], string> {
  return Object.fromEntries(
    SIMULATOR_CREDENTIAL_VARIABLES.map((name) => [name, config[name]]),
  ) as Record<(typeof SIMULATOR_CREDENTIAL_VARIABLES)[number], string>;
}
