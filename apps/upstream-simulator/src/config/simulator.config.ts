import { IsInt, IsIP, Max, Min } from 'class-validator';
import { loadConfig } from '@interop/platform';
import { SimulatedCredentials } from './simulated-credentials';

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

  /** The environment these settings were read from (set by `loadSimulatorConfig`). */
  environment: Readonly<Record<string, string | undefined>> = {};

  #credentials?: SimulatedCredentials;

  /**
   * What each simulated database accepts as credentials: its DEMO ones, unless the environment
   * sets `<SOURCE>_<NAME>` for its adapter's `UPSTREAM_<NAME>`. Read once, on first use.
   */
  get credentials(): SimulatedCredentials {
    return (this.#credentials ??= SimulatedCredentials.fromEnv(this.environment));
  }

  /**
   * A simulated database's own settings, its module's config class read from the same
   * environment: the shared settings name no source. A bad value stops the boot naming it.
   */
  settingsOf<T extends object>(settings: new () => T): T {
    return loadConfig(settings, { ...this.environment });
  }
}

/** The simulator's settings from `env`, its databases' credentials among them. */
export function loadSimulatorConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SimulatorConfig {
  const config = loadConfig(SimulatorConfig, env);
  config.environment = env;
  return config;
}
