import { renderAsyncApi } from '../asyncapi/render-asyncapi';
import { withComposeAdapters } from './compose.render';
import { principalsFile } from './kafka-principals.render';
import { latencyObjectivesFile } from './latency-objectives.render';
import { renderNestCli } from './nest-cli.render';
import { withPrometheusTargets } from './prometheus-targets.render';

/** A file of the repository that is computed from the source registry, never edited by hand. */
export interface DerivedFile {
  /** From the repository's root. */
  path: string;
  /** Its content, given the file as it is now (for files of which only a part is derived). */
  render: (current: string) => string | Promise<string>;
}

export const DERIVED_FILES: readonly DerivedFile[] = [
  { path: 'nest-cli.json', render: () => renderNestCli() },
  { path: 'scripts/kafka/principals.txt', render: () => principalsFile() },
  { path: 'docs/asyncapi.yaml', render: () => renderAsyncApi() },
  { path: 'config/prometheus/latency-objectives.yml', render: () => latencyObjectivesFile() },
  { path: 'config/prometheus/prometheus.yml', render: (current) => withPrometheusTargets(current) },
  { path: 'docker-compose.yml', render: (current) => withComposeAdapters(current) },
];
