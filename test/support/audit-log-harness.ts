import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { AUDIT_LOG_GROUP_ID, AUDIT_LOG_PRINCIPAL, AUDIT_TOPIC } from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { Kafka } from 'kafkajs';
import {
  AuditLogAppOptions,
  createAuditLogApp,
} from '../../apps/audit-log/src/audit-log.bootstrap';
import { generateSigningKeyPem } from '../../apps/audit-log/src/ledger/signing-key';
import { openStore } from '../../apps/audit-log/src/store/open-store';
import { SqlStore } from '../../apps/audit-log/src/store/sql-store';
import { groupAtEnd } from './group-at-end';
import { harnessKafka } from './kafka-clients';

export const QUERY_TOKEN = 'e2e-audit-query-token-0123456789abcdef';

/** The harness's own client (the admin's, on the secured broker). */
export function testKafka(): Kafka {
  return harnessKafka('e2e-audit');
}

/** A signing key pair in a temporary directory: the private key's file and the public key's. */
export function writeSigningKey(): { privateKeyFile: string; publicKeyFile: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'interop-audit-key-'));
  const { privateKeyPem, publicKeyPem } = generateSigningKeyPem();
  const privateKeyFile = path.join(dir, 'signing-key.pem');
  const publicKeyFile = path.join(dir, 'signing-key.pub.pem');
  writeFileSync(privateKeyFile, privateKeyPem, { mode: 0o600 });
  writeFileSync(publicKeyFile, publicKeyPem);
  return { privateKeyFile, publicKeyFile };
}

/**
 * A consumer group of its own that starts at the topic's current end, so that a test sees only
 * the events it produces itself, whatever earlier tests left on interop.audit.
 */
export function freshGroupAtEnd(kafka: Kafka): Promise<string> {
  return groupAtEnd(kafka, AUDIT_TOPIC, `${AUDIT_LOG_GROUP_ID}.e2e-${randomUUID()}`);
}

export interface AuditLogUnderTest {
  app: INestApplication;
  url: string;
}

export async function startAuditLog(
  env: Record<string, string>,
  options: AuditLogAppOptions = {},
): Promise<AuditLogUnderTest> {
  const app = await createAuditLogApp(
    {
      ...principalKafkaEnv(AUDIT_LOG_PRINCIPAL),
      AUDIT_QUERY_TOKEN: QUERY_TOKEN,
      AUDIT_LOG_PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    },
    {
      logger: {
        log() {},
        warn() {},
        error() {},
        debug() {},
        verbose() {},
        fatal() {},
      },
      ...options,
    },
  );
  await app.listen(0, '127.0.0.1');
  return { app, url: (await app.getUrl()).replace('[::1]', '127.0.0.1') };
}

/** Opens the test's store directly, as a verifier or a tamperer would. */
export function openTestStore(env: Record<string, string>): Promise<SqlStore> {
  return openStore({ AUDIT_PGLITE_DIR: '', ...env });
}

export async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The event ids of the log, in seq order. */
export async function storedIds(store: SqlStore): Promise<string[]> {
  const rows = await store.query<{ id: string }>(
    'SELECT event_id::text AS id FROM audit_events ORDER BY seq',
  );
  return rows.map(({ id }) => id);
}
