import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { HTTP_STATUS_OF, SOURCES } from '@interop/contracts';
import { declaredSeriesNames } from './support/declared-metrics';
import {
  compose,
  dashboard,
  dashboardPanels,
  GRAFANA_DIR,
  hostPathOf,
  mounts,
  PROMETHEUS_DIR,
  readYaml,
  ROOT,
  rulesOf,
} from './support/ops-config-files';
import { promtool } from './support/prometheus';
import { metricNames } from './support/promql-names';

/**
 * The monitoring that compose adds: Prometheus's configuration, recording rules and alerts
 * (config/prometheus), Grafana's provisioning and dashboard (config/grafana), and the two
 * services in docker-compose.yml. promtool checks the configuration and the rules' syntax and
 * runs the rules' unit tests; every PromQL expression, of a rule or a panel, may name only
 * metrics the apps declare or the recording rules record. No broker, no app: files and promtool.
 */
const RECORDING_FILES = ['latency-objectives.yml', 'recording-rules.yml'];
const RULE_FILES = [...RECORDING_FILES, 'alerts.yml'];
const SECRETS_DIR = '/run/secrets';

interface ScrapeConfig {
  job_name: string;
  authorization?: { credentials_file?: string; credentials?: string };
  static_configs: Array<{ targets: string[]; labels?: Record<string, string> }>;
}

interface PrometheusConfig {
  rule_files: string[];
  scrape_configs: ScrapeConfig[];
}

const prometheusConfig = () =>
  readYaml<PrometheusConfig>(path.join(PROMETHEUS_DIR, 'prometheus.yml'));

const expectPromtoolSuccess = ({ status, output }: ReturnType<typeof promtool>) =>
  expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') });

const recordedNames = () =>
  new Set(RECORDING_FILES.flatMap(rulesOf).flatMap(({ record }) => record ?? []));

/** What an expression may name: the apps' series, Prometheus's own, the recorded ones. */
const knownNames = () => new Set([...declaredSeriesNames(), ...recordedNames()]);

const unknownNames = (expr: string, known: Set<string>) =>
  metricNames(expr).filter((name) => !known.has(name));

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'interop-ops-config-'));
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('the metric names of a PromQL expression', () => {
  it('are its selectors’ names, not its functions, labels, strings, numbers or keywords', () => {
    const expr = `sum by (source) (rate(a_total{code=~"B|c_d"}[5m] offset 1m)) / on () group_left ()
      job:b:ratio or histogram_quantile(0.95, c_bucket) > bool 1e3 unless {__name__="d"}`;

    expect(metricNames(expr)).toEqual(['a_total', 'c_bucket', 'd', 'job:b:ratio']);
  });
});

describe('Prometheus’s configuration for compose (e2e)', () => {
  it('passes promtool check config, the secret’s path resolved to a stand-in key', () => {
    const copy = path.join(workDir, 'prometheus');
    cpSync(PROMETHEUS_DIR, copy, { recursive: true });
    const config = prometheusConfig();
    for (const { authorization } of config.scrape_configs) {
      if (!authorization?.credentials_file) continue;
      const standIn = path.join(copy, path.basename(authorization.credentials_file));
      writeFileSync(standIn, 'igw_stand-in-key\n', { mode: 0o600 });
      authorization.credentials_file = standIn;
    }
    writeFileSync(path.join(copy, 'prometheus.yml'), stringify(config));

    expectPromtoolSuccess(promtool(['check', 'config', path.join(copy, 'prometheus.yml')]));
    expect(config.rule_files).toEqual(RULE_FILES);
  });

  it('scrapes the gateway, each source’s adapter and the audit log where compose serves them', () => {
    const { services } = compose();
    const port = (service: string, variable: string) =>
      String(services[service]?.environment?.[variable]);
    const targets = prometheusConfig().scrape_configs.flatMap(({ job_name, static_configs }) =>
      static_configs.flatMap(({ targets, labels }) =>
        targets.map((target) => ({ job: job_name, target, ...labels })),
      ),
    );

    expect(targets).toEqual([
      { job: 'gateway', target: `gateway:${port('gateway', 'GATEWAY_PORT')}` },
      ...SOURCES.map((source) => ({
        job: 'adapters',
        target: `${source}-adapter:${port(`${source}-adapter`, 'METRICS_PORT')}`,
        source,
      })),
      { job: 'audit-log', target: `audit-log:${port('audit-log', 'AUDIT_LOG_PORT')}` },
    ]);
  });

  it('authenticates to the gateway with the ops key of a compose secret, from a git-ignored file', () => {
    const gateway = prometheusConfig().scrape_configs.find(
      ({ job_name }) => job_name === 'gateway',
    );
    const keyFile = gateway?.authorization?.credentials_file ?? '';
    const { services, secrets } = compose();
    const secret = services.prometheus.secrets?.find(
      (entry) => typeof entry === 'object' && `${SECRETS_DIR}/${entry.target}` === keyFile,
    );

    expect(gateway?.authorization?.credentials).toBeUndefined();
    expect(secret).toBeDefined();
    const hostFile = secrets[(secret as { source: string }).source].file;
    expect(hostFile).toMatch(/^\.\/\.run\//);
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.run/');
  });
});

describe('the recording and alert rules (e2e)', () => {
  it('pass promtool check rules', () => {
    expectPromtoolSuccess(
      promtool(['check', 'rules', ...RULE_FILES.map((file) => path.join(PROMETHEUS_DIR, file))]),
    );
  });

  it('pass their unit tests, promtool test rules', () => {
    expectPromtoolSuccess(
      promtool(['test', 'rules', path.join(PROMETHEUS_DIR, 'alerts.test.yml')]),
    );
  });

  it('are the alerts of docs/operations.md, each with a for, a severity, a summary and a description', () => {
    const alerts = rulesOf('alerts.yml');

    expect(alerts.map(({ alert }) => alert)).toEqual([
      'ConnectorDown',
      'HighErrorRate',
      'LatencyOverObjective',
      'ConsumerLagHigh',
      'AuditLagHigh',
      'AppDown',
    ]);
    for (const rule of alerts) {
      expect(rule).toMatchObject({
        for: expect.stringMatching(/^\d+[smh]$/),
        labels: { severity: expect.stringMatching(/^(critical|warning)$/) },
        annotations: { summary: expect.any(String), description: expect.any(String) },
      });
    }
  });

  it('each alert has a unit test where it fires and one where it stays silent', () => {
    const { tests } = readYaml<{
      tests: Array<{ alert_rule_test?: Array<{ alertname: string; exp_alerts?: unknown[] }> }>;
    }>(path.join(PROMETHEUS_DIR, 'alerts.test.yml'));
    const cases = tests.flatMap(({ alert_rule_test }) => alert_rule_test ?? []);

    for (const { alert } of rulesOf('alerts.yml')) {
      const outcomes = cases
        .filter(({ alertname }) => alertname === alert)
        .map(({ exp_alerts }) => ((exp_alerts ?? []).length > 0 ? 'fires' : 'silent'));
      expect({ alert, outcomes: [...new Set(outcomes)].sort() }).toEqual({
        alert,
        outcomes: ['fires', 'silent'],
      });
    }
  });

  it('count as server errors exactly the error codes the gateway answers with a 5xx', () => {
    const rule = rulesOf('recording-rules.yml').find(
      ({ record }) => record === 'source:interop_gateway_http_server_errors:rate5m',
    );
    const [, codes] = /code=~"([^"]+)"/.exec(rule?.expr ?? '') ?? [];
    const serverErrors = Object.entries(HTTP_STATUS_OF)
      .filter(([, status]) => status >= 500)
      .map(([code]) => code);

    expect(codes?.split('|').sort()).toEqual(serverErrors.sort());
  });

  it('name only metrics the apps declare, or that an earlier rule records', () => {
    const known = knownNames();
    const unknown = RULE_FILES.flatMap(rulesOf).flatMap(({ record, alert, expr }) =>
      unknownNames(expr, known).map((name) => `${record ?? alert}: ${name}`),
    );

    expect(unknown).toEqual([]);
  });
});

describe('the Grafana dashboard (e2e)', () => {
  const TEMPLATE_VALUES: Array<[RegExp, string]> = [
    [/\$__rate_interval\b/g, '1m'],
    [/\$__interval\b/g, '1m'],
    [/\$__range\b/g, '1h'],
  ];

  /** A panel's expression as Grafana sends it: intervals given, each variable every value. */
  function expanded(expr: string, variables: string[]): string {
    const withIntervals = TEMPLATE_VALUES.reduce(
      (text, [from, to]) => text.replace(from, to),
      expr,
    );
    return variables.reduce(
      (text, name) => text.replace(new RegExp(`\\$\\{?${name}\\}?\\b`, 'g'), '.+'),
      withIntervals,
    );
  }

  function panelExpressions() {
    const board = dashboard();
    const variables = board.templating.list.map(({ name }) => name);
    return dashboardPanels(board).flatMap(({ id, title, targets }) =>
      (targets ?? []).map(({ refId, expr }) => ({
        id,
        title,
        refId,
        expr: expanded(expr ?? '', variables),
      })),
    );
  }

  it('is provisioned from the folder compose mounts, with the data source it names', () => {
    const { grafana } = compose().services;
    const provider = readYaml<{ providers: Array<{ options: { path: string } }> }>(
      path.join(GRAFANA_DIR, 'provisioning/dashboards/dashboards.yml'),
    ).providers[0];
    const [source] = readYaml<{ datasources: Array<{ uid: string; url: string }> }>(
      path.join(GRAFANA_DIR, 'provisioning/datasources/prometheus.yml'),
    ).datasources;
    const board = dashboard();
    const uids = [
      ...dashboardPanels(board).flatMap(({ datasource, targets }) => [
        datasource?.uid,
        ...(targets ?? []).map((target) => target.datasource?.uid),
      ]),
      ...board.templating.list.map(({ datasource }) => datasource?.uid),
    ];

    expect(hostPathOf(grafana, '/etc/grafana/provisioning')).toBe(
      path.join(GRAFANA_DIR, 'provisioning'),
    );
    const boardFile = path.join(provider.options.path, 'interop-connectors.json');
    expect(existsSync(hostPathOf(grafana, boardFile) ?? '')).toBe(true);
    expect(grafana.environment?.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH).toBe(boardFile);
    expect(new Set(uids)).toEqual(new Set([source.uid]));
  });

  it('gives every panel an expression that names only metrics that exist', () => {
    const known = knownNames();
    const panels = dashboardPanels(dashboard());
    const expressions = panelExpressions();

    expect(panels.filter(({ id }) => !expressions.some((expr) => expr.id === id))).toEqual([]);
    const unknown = expressions.flatMap(({ title, refId, expr }) =>
      unknownNames(expr, known).map((name) => `${title} ${refId}: ${name}`),
    );
    expect(unknown).toEqual([]);
    expect(expressions.filter(({ expr }) => expr.includes('$'))).toEqual([]);
  });

  it('has only expressions that promtool accepts, each checked as a recording rule', () => {
    const rules = panelExpressions().map(({ id, refId, expr }) => ({
      record: `dashboard:panel_${id}_${refId}`,
      expr,
    }));
    const file = path.join(workDir, 'dashboard-expressions.yml');
    writeFileSync(file, stringify({ groups: [{ name: 'dashboard', rules }] }));

    expectPromtoolSuccess(promtool(['check', 'rules', file]));
  });

  it('shows each connector signal: requests, errors, latency, circuit, bulkhead, lags, dead letters', () => {
    const shown = new Set(panelExpressions().flatMap(({ expr }) => metricNames(expr)));

    expect([...shown]).toEqual(
      expect.arrayContaining([
        'source:interop_gateway_http_requests:rate5m',
        'source:interop_gateway_http_server_errors:ratio_rate5m',
        'source:interop_gateway_http_request_duration_seconds:p50_5m',
        'source:interop_gateway_http_request_duration_seconds:p95_5m',
        'interop_adapter_circuit_state',
        'interop_adapter_bulkhead_in_flight',
        'interop_kafka_consumer_lag_messages',
        'interop_audit_log_lag_events',
        'interop_adapter_dead_letters_total',
      ]),
    );
  });
});

describe('Prometheus and Grafana in docker-compose.yml (e2e)', () => {
  it('mount their configuration read-only from folders that exist, their data on volumes', () => {
    const { services, volumes } = compose();

    for (const service of [services.prometheus, services.grafana]) {
      for (const mount of mounts(service)) {
        if (mount.volume) expect(Object.keys(volumes)).toContain(mount.volume);
        else
          expect({ ...mount, exists: existsSync(mount.host ?? '') }).toMatchObject({
            readOnly: true,
            exists: true,
          });
      }
    }
    expect(hostPathOf(services.prometheus, '/etc/prometheus/prometheus.yml')).toBe(
      path.join(PROMETHEUS_DIR, 'prometheus.yml'),
    );
  });

  it('publish their ports on the host’s loopback only, and Prometheus where Grafana looks', () => {
    const { prometheus, grafana } = compose().services;
    const [source] = readYaml<{ datasources: Array<{ url: string }> }>(
      path.join(GRAFANA_DIR, 'provisioning/datasources/prometheus.yml'),
    ).datasources;
    const containerPort = (mapping: string) => mapping.split(':').pop();

    for (const mapping of [...(prometheus.ports ?? []), ...(grafana.ports ?? [])])
      expect(mapping).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    expect(source.url).toBe(`http://prometheus:${containerPort(prometheus.ports?.[0] ?? '')}`);
  });

  it('give Grafana’s admin no default password', () => {
    const password = compose().services.grafana.environment?.GF_SECURITY_ADMIN_PASSWORD;

    expect(password).toMatch(/^\$\{GRAFANA_ADMIN_PASSWORD:\?[^}]*\}$/);
  });
});
