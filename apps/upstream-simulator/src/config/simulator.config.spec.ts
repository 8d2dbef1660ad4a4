import { IsInt, Min } from 'class-validator';
import { ConfigError, loadConfig } from '@interop/platform';
import { loadSimulatorConfig, SimulatorConfig } from './simulator.config';

describe('SimulatorConfig', () => {
  it('has working defaults for local development', () => {
    expect(loadConfig(SimulatorConfig, {})).toEqual(
      expect.objectContaining({
        SIMULATOR_PORT: 4000,
        SIMULATOR_HOST: '127.0.0.1',
        SIMULATOR_SEED: 20250701,
        SIMULATOR_POPULATION_SIZE: 10000,
      }),
    );
  });

  it("accepts each database's DEMO credentials unless the environment sets its own", () => {
    expect(loadSimulatorConfig({}).credentials.accepted('population')).toEqual({
      UPSTREAM_ACCESS_KEY: 'dev-access-key',
      UPSTREAM_SECRET_KEY: 'dev-secret-key',
    });
    const config = loadSimulatorConfig({ POPULATION_ACCESS_KEY: 'province-key' });
    expect(config.credentials.accepted('population')).toEqual({
      UPSTREAM_ACCESS_KEY: 'province-key',
      UPSTREAM_SECRET_KEY: 'dev-secret-key',
    });
  });

  it("reads a database's own settings from the same environment, naming a bad one", () => {
    class OwnSettings {
      @IsInt()
      @Min(1)
      OWN_LIMIT: number = 5;
    }
    expect(loadSimulatorConfig({}).settingsOf(OwnSettings).OWN_LIMIT).toBe(5);
    expect(loadSimulatorConfig({ OWN_LIMIT: '9' }).settingsOf(OwnSettings).OWN_LIMIT).toBe(9);
    const bad = loadSimulatorConfig({ OWN_LIMIT: '0' });
    expect(() => bad.settingsOf(OwnSettings)).toThrow(ConfigError);
    expect(() => bad.settingsOf(OwnSettings)).toThrow('OWN_LIMIT');
  });

  it('reads and converts the environment', () => {
    const config = loadConfig(SimulatorConfig, {
      SIMULATOR_PORT: '0',
      SIMULATOR_HOST: '0.0.0.0',
      SIMULATOR_SEED: '42',
      SIMULATOR_POPULATION_SIZE: '500',
    });
    expect(config).toEqual(
      expect.objectContaining({
        SIMULATOR_PORT: 0,
        SIMULATOR_HOST: '0.0.0.0',
        SIMULATOR_SEED: 42,
        SIMULATOR_POPULATION_SIZE: 500,
      }),
    );
  });

  it.each([
    ['SIMULATOR_PORT', 'eighty'],
    ['SIMULATOR_PORT', '70000'],
    ['SIMULATOR_HOST', 'localhost:4000'],
    ['SIMULATOR_SEED', '1.5'],
    ['SIMULATOR_POPULATION_SIZE', '0'],
  ])('fails at boot naming %s when it is %p', (variable, value) => {
    expect(() => loadConfig(SimulatorConfig, { [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig(SimulatorConfig, { [variable]: value })).toThrow(variable);
  });
});
