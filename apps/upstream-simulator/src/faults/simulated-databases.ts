import { isSourceName, SourceName, SOURCES } from '@interop/contracts';

/**
 * The national databases the simulator stands in for: every source of the registry. Fault
 * settings are kept per database, so a new source gets fault injection for free.
 */
export const SIMULATED_DATABASES: readonly SourceName[] = SOURCES;

export type SimulatedDatabase = SourceName;

export function isSimulatedDatabase(name: string): name is SimulatedDatabase {
  return isSourceName(name);
}
