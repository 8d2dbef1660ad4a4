import { environmentPrefix, SourceName, SOURCES } from '@interop/contracts';
import {
  Credentials,
  SimulatedCredentials,
  simulatorVariable,
} from '../../apps/upstream-simulator/src/config/simulated-credentials';
import { adapterApp, adapterMetricsPort } from '../derive/app-names';

/** One credential of an adapter's upstream, as `npm start` and compose give it. */
export interface UpstreamCredential {
  /** The adapter's own variable: `UPSTREAM_API_KEY`. */
  variable: string;
  /**
   * The simulator's variable for the same value: the source's prefix and the rest of the
   * adapter's name (`BUSINESS_REGISTRY_API_KEY`), which the simulator reads where it lets the
   * value be set.
   */
  simulatorVariable: string;
  /** What the simulator accepts, under the configuration given. */
  value: string;
}

/** A source's adapter as `npm start` and compose run it against the upstream simulator. */
export interface AdapterProcess {
  source: SourceName;
  app: string;
  /** Its metrics listener's port: 9101 for the registry's first source, and so on. */
  metricsPort: number;
  /** The variable `npm start` takes instead of `metricsPort`: `POPULATION_METRICS_PORT`. */
  metricsPortVariable: string;
  credentials: UpstreamCredential[];
}

/** What a simulated database accepts, by its adapter's UPSTREAM_* names. */
type CredentialsOf = (source: SourceName) => Credentials;

/**
 * Every source's adapter process, from the registry: its app, its metrics port and the
 * credentials the simulator accepts for it (by default its module's DEMO ones), by the adapter's
 * UPSTREAM_* names and the simulator's variables for them.
 */
export function adapterProcesses(
  credentialsOf: CredentialsOf = (source) => SimulatedCredentials.fromEnv().accepted(source),
  sources: readonly SourceName[] = SOURCES,
): AdapterProcess[] {
  return sources.map((source) => ({
    source,
    app: adapterApp(source),
    metricsPort: adapterMetricsPort(source, sources),
    metricsPortVariable: `${environmentPrefix(source)}_METRICS_PORT`,
    credentials: Object.entries(credentialsOf(source)).map(([variable, value]) => ({
      variable,
      simulatorVariable: simulatorVariable(source, variable),
      value,
    })),
  }));
}
