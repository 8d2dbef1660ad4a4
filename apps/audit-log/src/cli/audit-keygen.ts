import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateSigningKeyPem } from '../ledger/signing-key';
import { runCli } from './cli-output';

/** The public key's file beside the private key's: audit-signing-key.pem -> .pub.pem. */
export function publicKeyFileOf(privateKeyFile: string): string {
  return privateKeyFile.replace(/(\.pem)?$/, '.pub.pem');
}

/**
 * `npm run audit:keygen -- [--out .run/audit-signing-key.pem]`: a new Ed25519 checkpoint
 * signing key (PKCS#8, readable by its owner only) and its public key beside it. Never
 * overwrites: losing a key would leave its checkpoints verifiable but the log unable to go on.
 */
export async function main(argv: string[], log = console.log): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string', default: '.run/audit-signing-key.pem' } },
  });
  const privateFile = path.resolve(values.out!);
  const publicFile = publicKeyFileOf(privateFile);
  if (existsSync(privateFile))
    throw new Error(`${privateFile} exists; not replacing a signing key`);
  const { privateKeyPem, publicKeyPem } = generateSigningKeyPem();
  mkdirSync(path.dirname(privateFile), { recursive: true });
  writeFileSync(privateFile, privateKeyPem, { mode: 0o600 });
  writeFileSync(publicFile, publicKeyPem);
  log(`signing key  ${privateFile} (keep it secret; AUDIT_SIGNING_KEY_FILE)`);
  log(`public key   ${publicFile} (give it to whoever verifies: audit:verify --public-key)`);
  return 0;
}

if (require.main === module) runCli(main);
