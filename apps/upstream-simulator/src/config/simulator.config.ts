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
}
