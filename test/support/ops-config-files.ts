import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The repository's root, where compose resolves its relative paths. */
export const ROOT = path.resolve(__dirname, '../..');
export const PROMETHEUS_DIR = path.join(ROOT, 'config/prometheus');
export const GRAFANA_DIR = path.join(ROOT, 'config/grafana');

/** A YAML file of the repository, with compose's merge keys (`<<`) resolved. */
export function readYaml<T>(file: string): T {
  return parse(readFileSync(path.resolve(ROOT, file), 'utf8'), { merge: true }) as T;
}

export interface ComposeService {
  image?: string;
  environment?: Record<string, string | number>;
  volumes?: string[];
  ports?: string[];
  secrets?: Array<string | { source: string; target?: string }>;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets: Record<string, { file: string }>;
  volumes: Record<string, unknown>;
}

export const compose = () => readYaml<ComposeFile>('docker-compose.yml');

export interface Mount {
  /** A path on the host, absolute; undefined for a named volume. */
  host?: string;
  /** The named volume's name, for a named volume. */
  volume?: string;
  container: string;
  readOnly: boolean;
}

/** A service's `volumes` entries in compose's short syntax, `source:target[:ro]`. */
export function mounts(service: ComposeService): Mount[] {
  return (service.volumes ?? []).map((entry) => {
    const [source, container, mode] = entry.split(':');
    const bind = source.startsWith('.') || source.startsWith('/');
    return {
      ...(bind ? { host: path.resolve(ROOT, source) } : { volume: source }),
      container,
      readOnly: mode === 'ro',
    };
  });
}

/** Where on the host a path inside the service's container comes from, through a bind mount. */
export function hostPathOf(service: ComposeService, containerPath: string): string | undefined {
  const mount = mounts(service).find(
    ({ host, container }) =>
      host && (containerPath === container || containerPath.startsWith(`${container}/`)),
  );
  return mount?.host && path.join(mount.host, path.relative(mount.container, containerPath));
}

export interface RuleGroups {
  groups: Array<{
    name: string;
    rules: Array<{
      record?: string;
      alert?: string;
      expr: string;
      for?: string;
      labels?: Record<string, string>;
      annotations?: Record<string, string>;
    }>;
  }>;
}

/** Every rule of a rules file of config/prometheus. */
export const rulesOf = (file: string) =>
  readYaml<RuleGroups>(path.join(PROMETHEUS_DIR, file)).groups.flatMap(({ rules }) => rules);

export interface DashboardPanel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  targets?: Array<{ refId: string; expr?: string; datasource?: { type: string; uid: string } }>;
  panels?: DashboardPanel[];
}

export interface Dashboard {
  uid: string;
  panels: DashboardPanel[];
  templating: { list: Array<{ name: string; query: string; datasource?: { uid: string } }> };
}

export const dashboard = (): Dashboard =>
  JSON.parse(readFileSync(path.join(GRAFANA_DIR, 'dashboards/interop-connectors.json'), 'utf8'));

/** The dashboard's panels, those inside rows too, rows aside. */
export function dashboardPanels({ panels }: Dashboard): DashboardPanel[] {
  return panels.flatMap((panel) => (panel.type === 'row' ? (panel.panels ?? []) : [panel]));
}
