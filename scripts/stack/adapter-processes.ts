import { SourceName, SOURCES } from '@interop/contracts';
import { SimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';
import { demoAdapterCredentialsOf } from '../../apps/upstream-simulator/src/demo-credentials';
import { adapterApp, adapterMetricsPort, environmentPrefix } from '../derive/app-names';

const UPSTREAM_PREFIX = 'UPSTREAM_';

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

type CredentialsOf = (source: SourceName, config: SimulatorConfig) => Record<string, string>;

/**
 * Every source's adapter process, from the registry: its app, its metrics port and the
 * simulator's demo credentials for it, by the adapter's UPSTREAM_* names, as the source's
 * simulator module declares them.
 */
export function adapterProcesses(
  config: SimulatorConfig = new SimulatorConfig(),
  sources: readonly SourceName[] = SOURCES,
  credentialsOf: CredentialsOf = demoAdapterCredentialsOf,
): AdapterProcess[] {
  return sources.map((source) => {
    const credentials = Object.entries(credentialsOf(source, config)).map(([variable, value]) => {
      if (!variable.startsWith(UPSTREAM_PREFIX)) {
        throw new Error(
          `${source}'s demo credential ${variable} is not named ${UPSTREAM_PREFIX}*: adapters read only those`,
        );
      }
      const simulatorVariable = `${environmentPrefix(source)}_${variable.slice(UPSTREAM_PREFIX.length)}`;
      return { variable, simulatorVariable, value };
    });
    return {
      source,
      app: adapterApp(source),
      metricsPort: adapterMetricsPort(source, sources),
      metricsPortVariable: `${environmentPrefix(source)}_METRICS_PORT`,
      credentials,
    };
  });
}
