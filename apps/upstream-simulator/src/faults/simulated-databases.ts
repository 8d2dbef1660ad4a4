/**
 * The national databases the simulator stands in for. Fault settings are kept per database, so
 * a new one (civil-status, business-registry) is added here and gets fault injection for free.
 */
export const SIMULATED_DATABASES = ['population', 'civil-status', 'business-registry'] as const;

export type SimulatedDatabase = (typeof SIMULATED_DATABASES)[number];

export function isSimulatedDatabase(name: string): name is SimulatedDatabase {
  return (SIMULATED_DATABASES as readonly string[]).includes(name);
}
