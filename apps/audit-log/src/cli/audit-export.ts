import { createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { exportArchive } from '../archive/export-archive';
import { sha256OfFile } from '../archive/verify-archive';
import { openStore, storeLocationOf } from '../store/open-store';
import { runCli } from './cli-output';

function instant(name: string, text: string | undefined): Date {
  const time = new Date(text ?? '');
  if (!text || Number.isNaN(time.getTime())) throw new Error(`--${name} must be an ISO 8601 time`);
  return time;
}

async function writeLine(out: NodeJS.WritableStream, line: object): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}

/**
 * `npm run audit:export -- --from <ISO> --to <ISO> [--out file] [--previous file] [--database d]`:
 * a JSON Lines archive of the checkpoints signed in [from, to) and the rows they cover.
 * Reads the database the audit log is configured with unless --database names another; a PGlite
 * directory must not be open in a running audit log meanwhile.
 */
export async function main(argv: string[], log = console.error): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      previous: { type: 'string' },
      database: { type: 'string' },
    },
  });
  const range = {
    from: instant('from', values.from),
    to: instant('to', values.to),
    previousArchiveSha256: values.previous ? await sha256OfFile(values.previous) : undefined,
  };
  const database =
    values.database ??
    process.env.AUDIT_DATABASE_URL ??
    process.env.AUDIT_PGLITE_DIR ??
    '.run/audit-db';
  const store = await openStore(storeLocationOf(database));
  const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    const result = await exportArchive(store, range, (line) => writeLine(out, line));
    if (!result.ok) {
      log(result.reason);
      return 1;
    }
    const { firstSeq, lastSeq } = result.header;
    log(`exported rows ${firstSeq}..${lastSeq}${values.out ? ` to ${values.out}` : ''}`);
    return 0;
  } finally {
    if (out instanceof WriteStream) {
      out.end();
      await once(out, 'close');
    }
    await store.close();
  }
}

if (require.main === module) runCli(main);
