import { AdapterProcess, adapterProcesses } from '../stack/adapter-processes';
import { withDerivedRegion } from './derived-region';

const SIMULATOR_URL = 'http://upstream-simulator:4000';

const secretName = (adapter: AdapterProcess) => `kafka-${adapter.app}`;
const secretMount = (adapter: AdapterProcess) =>
  `- { source: ${secretName(adapter)}, target: ${adapter.app}.password }`;
const demoValue = ({ simulatorVariable, value }: AdapterProcess['credentials'][number]) =>
  `\${${simulatorVariable}:-${value}}`;

function adapterService(adapter: AdapterProcess): string[] {
  const port = adapter.metricsPort;
  const liveness = `"require('http').get('http://127.0.0.1:${port}/health/live', (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"`;
  return [
    `${adapter.app}:`,
    '  <<: *app',
    `  command: ['node', 'dist/apps/${adapter.app}/src/main.js']`,
    '  environment:',
    '    <<: [*app-env, *audit-subject]',
    `    KAFKA_SASL_USERNAME: ${adapter.app}`,
    `    KAFKA_SASL_PASSWORD_FILE: /run/secrets/${adapter.app}.password`,
    `    UPSTREAM_URL: ${SIMULATOR_URL}`,
    ...adapter.credentials.map(
      (credential) => `    ${credential.variable}: ${demoValue(credential)}`,
    ),
    '    # Its metrics listener: GET /metrics and /health/live.',
    '    METRICS_HOST: 0.0.0.0',
    `    METRICS_PORT: ${port}`,
    '  secrets:',
    `    ${secretMount(adapter)}`,
    '  ports:',
    `    - '127.0.0.1:${port}:${port}'`,
    '  depends_on:',
    '    topics:',
    '      condition: service_completed_successfully',
    '    upstream-simulator:',
    '      condition: service_healthy',
    '  healthcheck:',
    '    <<: *http-check',
    '    test:',
    '      [',
    "        'CMD',",
    "        'node',",
    "        '-e',",
    `        ${liveness},`,
    '      ]',
  ];
}

/**
 * docker-compose.yml's parts that are one per source: each adapter's service (its principal,
 * UPSTREAM_URL, the simulator's demo credentials by its UPSTREAM_* names, its metrics port),
 * the simulator's credential variables, and each adapter's Kafka password as a secret of its
 * own and of the broker's.
 */
export function withComposeAdapters(
  current: string,
  adapters: readonly AdapterProcess[] = adapterProcesses(),
): string {
  const credentials = adapters.flatMap((adapter) => adapter.credentials);
  const regions: [string, string[]][] = [
    [
      'simulator credentials',
      [
        'x-simulator-credentials: &simulator-credentials',
        ...credentials.map(
          (credential) => `  ${credential.simulatorVariable}: ${demoValue(credential)}`,
        ),
      ],
    ],
    ['broker secrets', adapters.map(secretMount)],
    [
      'adapter services',
      adapters.flatMap((adapter, index) => [
        ...(index > 0 ? [''] : []),
        ...adapterService(adapter),
      ]),
    ],
    [
      'adapter secrets',
      adapters.flatMap((adapter) => [
        `${secretName(adapter)}:`,
        `  file: .cache/kafka/credentials/${adapter.app}.password`,
      ]),
    ],
  ];
  return regions.reduce((text, [name, lines]) => withDerivedRegion(text, name, lines), current);
}
