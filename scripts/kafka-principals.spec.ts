import { readFileSync } from 'node:fs';
import path from 'node:path';
import { principalsFile } from './kafka-principals';

describe('scripts/kafka/principals.txt', () => {
  it('lists the principals of libs/contracts (else: npm run kafka:principals)', () => {
    const committed = readFileSync(path.join(__dirname, 'kafka/principals.txt'), 'utf8');
    expect(committed).toBe(principalsFile());
  });
});
