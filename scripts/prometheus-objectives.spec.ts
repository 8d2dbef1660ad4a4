import { readFileSync } from 'node:fs';
import path from 'node:path';
import { latencyObjectivesFile } from './prometheus-objectives';

describe('config/prometheus/latency-objectives.yml', () => {
  it('holds the sources’ latency objectives of libs/contracts (else: npm run prometheus:objectives)', () => {
    const file = path.join(__dirname, '../config/prometheus/latency-objectives.yml');
    expect(readFileSync(file, 'utf8')).toBe(latencyObjectivesFile());
  });
});
