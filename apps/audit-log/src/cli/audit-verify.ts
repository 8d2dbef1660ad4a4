import { parseArgs } from 'node:util';
import { verifyArchive } from '../archive/verify-archive';
import { verifyDatabase } from '../archive/verify-database';
import { readPublicKey } from '../ledger/signing-key';
import { openStore, storeLocationOf } from '../store/open-store';
import { describeReport, runCli } from './cli-output';

const USAGE =
  'usage: audit:verify -- (--database <postgres-url-or-pglite-dir> | --archive <file> ' +
  '[--previous-archive <file>]) --public-key <pem>';

/**
 * `npm run audit:verify`: checks a database or an archive against the public key alone and
 * names the first broken link by seq. Exit 0 only when everything holds.
 */
export async function main(argv: string[], log = console.log): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      database: { type: 'string' },
      archive: { type: 'string' },
      'previous-archive': { type: 'string' },
      'public-key': { type: 'string' },
    },
  });
  if (!values['public-key'] || Boolean(values.database) === Boolean(values.archive)) {
    throw new Error(USAGE);
  }
  const publicKey = readPublicKey(values['public-key']);
  let report;
  if (values.archive) {
    report = await verifyArchive(values.archive, publicKey, values['previous-archive']);
  } else {
    const store = await openStore(storeLocationOf(values.database!));
    try {
      report = await verifyDatabase(store, publicKey);
    } finally {
      await store.close();
    }
  }
  describeReport(values.archive ?? withoutCredentials(values.database!), report).forEach((line) =>
    log(line),
  );
  return report.findings.length === 0 ? 0 : 1;
}

function withoutCredentials(database: string): string {
  return database.replace(/\/\/[^@/]*@/, '//');
}

if (require.main === module) runCli(main);
