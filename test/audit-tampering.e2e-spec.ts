import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { AuditPublisher } from '@interop/platform';
import { main as exportMain } from '../apps/audit-log/src/cli/audit-export';
import { main as verifyMain } from '../apps/audit-log/src/cli/audit-verify';
import { readCheckpoints } from '../apps/audit-log/src/store/ledger.repository';
import { SqlRunner } from '../apps/audit-log/src/store/sql-store';
import { auditEvent } from './support/audit-events';
import {
  freshGroupAtEnd,
  openTestStore,
  startAuditLog,
  testKafka,
  waitUntil,
  writeSigningKey,
} from './support/audit-log-harness';
import { describeEachStore } from './support/audit-stores';
import request from 'supertest';

/** Runs a CLI's main in process: its exit code and what it printed. */
async function run(
  main: (argv: string[], log: (line: string) => void) => Promise<number>,
  argv: string[],
) {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

/** Each tampering, as SQL on the store, and where the verifier must place it. */
const TAMPERINGS: Array<[string, string[], number]> = [
  [
    'changed-row',
    [
      `UPDATE audit_events SET canonical = replace(canonical, 'dossier-core', 'someone-else') WHERE seq = 7`,
    ],
    7,
  ],
  ['deleted-row', ['DELETE FROM audit_events WHERE seq = 12'], 12],
  [
    'broken-link',
    [
      'UPDATE audit_events SET seq = 1000003 WHERE seq = 3',
      'UPDATE audit_events SET seq = 3 WHERE seq = 4',
      'UPDATE audit_events SET seq = 4 WHERE seq = 1000003',
    ],
    3,
  ],
  ['truncated-tail', ['DELETE FROM audit_events WHERE seq > 17'], 18],
  [
    'forged-checkpoint',
    [`UPDATE audit_checkpoints SET merkle_root = repeat('ab', 32) WHERE checkpoint = 2`],
    6,
  ],
  ['missing-checkpoint', ['DELETE FROM audit_checkpoints WHERE checkpoint = 2'], 6],
];

/** The same tamperings on an archive's lines (seq of rows, checkpoint numbers). */
type Line = {
  type: string;
  seq?: number;
  checkpoint?: number;
  event?: { caller: string };
  merkleRoot?: string;
};
const ARCHIVE_TAMPERINGS: Array<[string, (lines: Line[]) => Line[], number]> = [
  [
    'changed-row',
    (lines) => lines.map((l) => (l.seq === 7 ? { ...l, event: { ...l.event!, caller: 'x' } } : l)),
    7,
  ],
  ['deleted-row', (lines) => lines.filter((l) => l.seq !== 12), 12],
  [
    'broken-link',
    (lines) => {
      const [a, b] = [lines.find((l) => l.seq === 3)!, lines.find((l) => l.seq === 4)!];
      return lines.map((l) => (l === a ? { ...b, seq: 3 } : l === b ? { ...a, seq: 4 } : l));
    },
    3,
  ],
  ['truncated-tail', (lines) => lines.filter((l) => !(l.seq! > 17)), 18],
  [
    'forged-checkpoint',
    (lines) => lines.map((l) => (l.checkpoint === 2 ? { ...l, merkleRoot: 'ab'.repeat(32) } : l)),
    6,
  ],
  [
    'missing-checkpoint',
    (lines) => lines.filter((l) => !(l.type === 'checkpoint' && l.checkpoint === 2)),
    6,
  ],
];

describeEachStore('tampering with the audit log', (kind) => {
  const key = writeSigningKey();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'interop-audit-archive-'));
  let database: Record<string, string>;
  let location: string;

  /** 20 rows, a checkpoint every 5: checkpoints 1..4 end at rows 5, 10, 15, 20. */
  beforeAll(async () => {
    ({ env: database, location } = await kind.newDatabase());
    const kafka = testKafka();
    const auditLog = await startAuditLog({
      ...database,
      AUDIT_SIGNING_KEY_FILE: key.privateKeyFile,
      KAFKA_GROUP_ID: await freshGroupAtEnd(kafka),
      AUDIT_CHECKPOINT_EVERY: '5',
    });
    const publisher = new AuditPublisher(kafka);
    await publisher.connect();
    try {
      // Five at a time, each five signed before the next are sent: ingested in one batch, the
      // checkpoints could share a millisecond, and the archives' time ranges could not part them.
      for (let rows = 5; rows <= 20; rows += 5) {
        for (let i = 0; i < 5; i++) await publisher.record(auditEvent());
        await waitUntil(`${rows} rows signed`, async () => {
          const { body } = await request(auditLog.url).get('/health');
          return body.lastSeq === rows && body.unsignedRows === 0;
        });
      }
    } finally {
      await publisher.disconnect();
      await auditLog.app.close();
    }
  }, 120_000);

  /** A copy of the database to tamper with: a copied PGlite directory, or a template copy. */
  async function copyOfDatabase(
    name: string,
  ): Promise<{ env: Record<string, string>; arg: string }> {
    if (kind.name === 'pglite') {
      const dir = path.join(scratch, `db-${name}`);
      cpSync(location, dir, { recursive: true });
      return { env: { AUDIT_PGLITE_DIR: dir }, arg: dir };
    }
    const copy = `${new URL(location).pathname.slice(1)}_${name.replace(/-/g, '_')}`;
    const admin = new Client({ connectionString: location });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${copy} TEMPLATE ${new URL(location).pathname.slice(1)}`);
    await admin.end();
    const url = location.replace(/\/[^/]+$/, `/${copy}`);
    return { env: { AUDIT_DATABASE_URL: url }, arg: url };
  }

  async function tamper(env: Record<string, string>, statements: string[]): Promise<void> {
    const store = await openTestStore(env);
    try {
      for (const sql of statements) await (store as SqlRunner).query(sql);
    } finally {
      await store.close();
    }
  }

  it('verifies the untouched log: exit 0', async () => {
    const { code, output } = await run(verifyMain, [
      '--database',
      location,
      '--public-key',
      key.publicKeyFile,
    ]);
    expect(output).toContain(': OK (20 rows, 4 checkpoints)');
    expect(code).toBe(0);
  });

  it('refuses the wrong public key', async () => {
    const other = writeSigningKey();
    const { code, output } = await run(verifyMain, [
      '--database',
      location,
      '--public-key',
      other.publicKeyFile,
    ]);
    expect(code).toBe(1);
    expect(output).toContain('first broken link at seq 1 (forged-checkpoint)');
  });

  it.each(TAMPERINGS)('finds a %s in the database at its seq', async (finding, statements, seq) => {
    const copy = await copyOfDatabase(finding);
    await tamper(copy.env, statements);
    const { code, output } = await run(verifyMain, [
      '--database',
      copy.arg,
      '--public-key',
      key.publicKeyFile,
    ]);
    expect(output).toContain(`first broken link at seq ${seq} (${finding})`);
    expect(code).toBe(1);
  });

  describe('in exported archives', () => {
    const first = path.join(scratch, 'first.jsonl');
    const second = path.join(scratch, 'second.jsonl');

    beforeAll(async () => {
      const store = await openTestStore(database);
      const checkpoints = await readCheckpoints(store);
      await store.close();
      const [start, split] = [checkpoints[0].signedAt, checkpoints[2].signedAt];
      const end = new Date(Date.parse(checkpoints[3].signedAt) + 1).toISOString();
      const common = ['--database', location];
      expect(
        (await run(exportMain, [...common, '--from', start, '--to', split, '--out', first])).code,
      ).toBe(0);
      const next = [...common, '--from', split, '--to', end, '--out', second, '--previous', first];
      expect((await run(exportMain, next)).code).toBe(0);
    });

    it('writes archives that verify on their own and link to each other', async () => {
      const alone = await run(verifyMain, ['--archive', first, '--public-key', key.publicKeyFile]);
      expect(alone.code).toBe(0);
      const linked = await run(verifyMain, [
        '--archive',
        second,
        '--previous-archive',
        first,
        '--public-key',
        key.publicKeyFile,
      ]);
      expect(linked.output).toContain(': OK (10 rows, 2 checkpoints)');
      expect(linked.code).toBe(0);
      const swapped = await run(verifyMain, [
        '--archive',
        second,
        '--previous-archive',
        second,
        '--public-key',
        key.publicKeyFile,
      ]);
      expect(swapped.output).toContain('first broken link at seq 11 (bad-archive)');
    });

    it.each(ARCHIVE_TAMPERINGS)(
      'finds a %s in an archive at its seq',
      async (finding, change, seq) => {
        const whole = path.join(scratch, `whole-${finding}.jsonl`);
        await run(exportMain, [
          '--database',
          location,
          '--from',
          '2000-01-01T00:00:00Z',
          '--to',
          '2100-01-01T00:00:00Z',
          '--out',
          whole,
        ]);
        const lines = readFileSync(whole, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Line);
        writeFileSync(
          whole,
          change(lines)
            .map((line) => JSON.stringify(line))
            .join('\n') + '\n',
        );
        const { code, output } = await run(verifyMain, [
          '--archive',
          whole,
          '--public-key',
          key.publicKeyFile,
        ]);
        expect(output).toContain(`first broken link at seq ${seq} (${finding})`);
        expect(code).toBe(1);
      },
    );
  });
});
