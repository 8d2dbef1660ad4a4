import { SimulatedCredentials } from '../../apps/upstream-simulator/src/config/simulated-credentials';
import { adapterProcesses } from './adapter-processes';

const FIELD = /^[^\t\n]*$/;

/**
 * For `npm start` (scripts/start.sh): one line per source's adapter, tab-separated: the app,
 * then each variable it is started with (`METRICS_PORT`, `UPSTREAM_URL` = the simulator's URL
 * given as the only argument, and its demo credentials, as the simulator configured by this
 * environment accepts them). `<SOURCE>_METRICS_PORT` moves a listener.
 */
export function adapterEnvLines(simulatorUrl: string, env: NodeJS.ProcessEnv): string[] {
  const credentials = SimulatedCredentials.fromEnv(env);
  return adapterProcesses((source) => credentials.accepted(source)).map((adapter) => {
    const fields = [
      adapter.app,
      `METRICS_PORT=${env[adapter.metricsPortVariable] ?? adapter.metricsPort}`,
      `UPSTREAM_URL=${simulatorUrl}`,
      ...adapter.credentials.map(({ variable, value }) => `${variable}=${value}`),
    ];
    const unfit = fields.find((field) => !FIELD.test(field));
    if (unfit !== undefined) throw new Error(`${adapter.app}: a tab or newline in "${unfit}"`);
    return fields.join('\t');
  });
}

if (require.main === module) {
  const [simulatorUrl] = process.argv.slice(2);
  if (!simulatorUrl) {
    console.error('usage: node dist/scripts/stack/adapter-env.js <simulator-url>');
    process.exit(2);
  }
  try {
    console.log(adapterEnvLines(simulatorUrl, process.env).join('\n'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
