import { execFileSync } from 'node:child_process';
import path from 'node:path';

const KAFKA_SCRIPTS = path.resolve(__dirname, '../../scripts/kafka');

/** Shared by global setup and teardown, which run in the same process. */
const state = globalThis as { interopE2eStartedKafka?: boolean };

function run(script: string, output: 'inherit' | 'ignore' = 'inherit'): boolean {
  try {
    execFileSync('bash', [path.join(KAFKA_SCRIPTS, script)], { stdio: output });
    return true;
  } catch {
    return false;
  }
}

/** NAME=value lines, as scripts/kafka/client-env.sh prints them. */
function clientEnv(): Record<string, string> {
  const lines = execFileSync('bash', [path.join(KAFKA_SCRIPTS, 'client-env.sh')], {
    encoding: 'utf8',
  });
  return Object.fromEntries(
    lines
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * Starts this project's broker unless one is already running; remembers which case it was.
 * Answers the variables that connect to it as the admin, and where its TLS listener is.
 */
export function startLocalKafka(): Record<string, string> {
  state.interopE2eStartedKafka = !run('status.sh', 'ignore');
  if (!state.interopE2eStartedKafka) {
    console.log('[kafka] Using the broker already running from scripts/kafka/start.sh');
  } else if (!run('start.sh')) {
    throw new Error('Could not start the local Kafka broker (see the output above)');
  }
  return clientEnv();
}

/** Stops the broker only if startLocalKafka started it. */
export function stopLocalKafka(): void {
  if (state.interopE2eStartedKafka) run('stop.sh');
}
