import { SOURCES } from '@interop/contracts';
import { adapterEnvLines } from './adapter-env';

const fieldsOf = (lines: string[], app: string) =>
  lines.map((line) => line.split('\t')).find(([name]) => name === app);

describe('npm start: the adapters to start (adapter-env)', () => {
  it('names one adapter per source of the registry, in its order, each on its metrics port', () => {
    const lines = adapterEnvLines('http://127.0.0.1:4000', {});
    expect(lines.map((line) => line.split('\t')[0])).toEqual(SOURCES.map((s) => `${s}-adapter`));
    expect(lines.map((line) => line.split('\t')[1])).toEqual(
      SOURCES.map((_, index) => `METRICS_PORT=${9101 + index}`),
    );
  });

  it("gives each its upstream's URL and the simulator's demo credentials by UPSTREAM_* names", () => {
    const lines = adapterEnvLines('http://127.0.0.1:4000', {});
    expect(fieldsOf(lines, 'population-adapter')).toEqual([
      'population-adapter',
      'METRICS_PORT=9101',
      'UPSTREAM_URL=http://127.0.0.1:4000',
      'UPSTREAM_ACCESS_KEY=dev-access-key',
      'UPSTREAM_SECRET_KEY=dev-secret-key',
    ]);
    expect(fieldsOf(lines, 'business-registry-adapter')).toContain(
      'UPSTREAM_API_KEY=dev-business-registry-key',
    );
  });

  it("follows the simulator's credentials and a moved metrics port set in the environment", () => {
    const lines = adapterEnvLines('http://127.0.0.1:4000', {
      POPULATION_ACCESS_KEY: 'province-key',
      POPULATION_METRICS_PORT: '19101',
    });
    expect(fieldsOf(lines, 'population-adapter')).toEqual(
      expect.arrayContaining(['METRICS_PORT=19101', 'UPSTREAM_ACCESS_KEY=province-key']),
    );
  });

  it('refuses a value that would split the line', () => {
    expect(() =>
      adapterEnvLines('http://127.0.0.1:4000', { POPULATION_ACCESS_KEY: 'a\tb' }),
    ).toThrow(/population-adapter: a tab or newline/);
  });
});
