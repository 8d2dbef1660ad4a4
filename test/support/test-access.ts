import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { adapterPrincipal, KAFKA_CALLERS, SourceName, SOURCES } from '@interop/contracts';
import { principalKafkaEnv } from '@interop/platform';
import { newApiKey } from '../../apps/gateway/src/auth/api-key';
import { adapterCredentialsFor } from './simulator-credentials';

const SHIPPED_CATALOGUE = path.resolve(__dirname, '../../config/procedure-catalogue.yaml');

/** The audit trail's subject key of every e2e gateway: a test value, of no deployment. */
export const E2E_AUDIT_SUBJECT_KEY = 'e2e-audit-subject-key-'.padEnd(64, '0');

/** The procedure code the e2e tests that are not about purpose limitation send. */
export const E2E_PROCEDURE = '1.001234';

/**
 * What every e2e adapter of `source` needs: its Kafka principal, the audit subject key, and the
 * credentials the test's simulator accepts by default (adapters have none of their own). Its
 * UPSTREAM_URL is the test's to set, to the simulator it started.
 */
export function e2eAdapterEnv(source: SourceName): NodeJS.ProcessEnv {
  return {
    ...principalKafkaEnv(adapterPrincipal(source)),
    ...adapterCredentialsFor(source),
    AUDIT_SUBJECT_KEY: E2E_AUDIT_SUBJECT_KEY,
  };
}

export interface TestCaller {
  id: string;
  key: string;
  /** The request headers that authenticate as this caller. */
  auth: { Authorization: string };
}

export interface CallerSpec {
  roles?: string[];
  oauthClients?: string[];
  /** ISO instant after which the caller's key is refused. */
  keyExpires?: string;
  grants?: { operation: string; fields?: string[] }[];
  quotas?: { source: string; perMinute: number; burst: number }[];
}

/** A policy file and a catalogue of a test's own, with fresh keys: no published key is used. */
export class TestAccess {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'interop-access-'));
  readonly policyFile = path.join(this.dir, 'access-policy.yaml');
  readonly catalogueFile = path.join(this.dir, 'procedure-catalogue.yaml');
  private readonly keys = new Map<string, { id: string; sha256: string }>();
  readonly callers = new Map<string, TestCaller>();

  constructor(private specs: Record<string, CallerSpec>) {
    for (const id of Object.keys(specs)) this.issueKey(id);
    this.writePolicy();
    this.writeCatalogue();
  }

  caller(id: string): TestCaller {
    const caller = this.callers.get(id);
    if (!caller) throw new Error(`no test caller ${id}`);
    return caller;
  }

  /** The gateway's environment for this policy and catalogue, with the e2e audit subject key. */
  get env(): NodeJS.ProcessEnv {
    return {
      ACCESS_POLICY_FILE: this.policyFile,
      PROCEDURE_CATALOGUE_FILE: this.catalogueFile,
      AUDIT_SUBJECT_KEY: E2E_AUDIT_SUBJECT_KEY,
    };
  }

  /** Writes the policy again with these callers, keeping their keys: a hot reload. */
  rewrite(specs: Record<string, CallerSpec>, withoutKeysOf: string[] = []): void {
    this.specs = specs;
    this.writePolicy(withoutKeysOf);
  }

  /** Writes this text as the policy: a broken file, say, which the gateway must not take. */
  rewriteText(text: string): void {
    writeFileSync(`${this.policyFile}.tmp`, text);
    renameSync(`${this.policyFile}.tmp`, this.policyFile);
  }

  private issueKey(id: string): void {
    const { key, id: keyId, sha256 } = newApiKey();
    this.keys.set(id, { id: keyId, sha256 });
    this.callers.set(id, { id, key, auth: { Authorization: `Bearer ${key}` } });
  }

  private writePolicy(withoutKeysOf: string[] = []): void {
    const callers = Object.entries(this.specs).map(([id, spec]) => ({
      id,
      roles: spec.roles ?? [],
      oauthClients: spec.oauthClients ?? [],
      apiKeys: withoutKeysOf.includes(id)
        ? []
        : [{ ...this.keys.get(id), ...(spec.keyExpires && { expires: spec.keyExpires }) }],
      grants: spec.grants ?? [],
      quotas: spec.quotas ?? [],
    }));
    const policy = { version: 1, defaultQuota: { perMinute: 1_000_000, burst: 100_000 }, callers };
    writeFileSync(`${this.policyFile}.tmp`, stringify(policy, { aliasDuplicateObjects: false }));
    // Renamed over the old one, as an editor or a ConfigMap update does.
    renameSync(`${this.policyFile}.tmp`, this.policyFile);
  }

  /** The shipped catalogue, and a procedure of the tests' own that may use everything. */
  private writeCatalogue(): void {
    const shipped = parse(readFileSync(SHIPPED_CATALOGUE, 'utf8')) as { procedures: object[] };
    const everything = {
      code: E2E_PROCEDURE,
      name: 'End-to-end tests: every operation',
      operations: [...SOURCES.map((source) => `${source}:*`), 'dossier-checks:check'],
    };
    writeFileSync(
      this.catalogueFile,
      stringify({ procedures: [...shipped.procedures, everything] }),
    );
  }
}

/** The caller most e2e tests are made as: granted everything, under generous quotas. */
export const E2E_CALLER_ID = 'e2e-dossier-core';

/** Kafka callers of the e2e tests, whose intake topics the global setup creates. */
export const E2E_KAFKA_CALLERS = [E2E_CALLER_ID, 'e2e-kafka-clerk', 'e2e-kafka-stranger'];
export const E2E_OPS_ID = 'e2e-ops';
export const DOSSIER_CORE_CALLER = KAFKA_CALLERS[0];

let shared: TestAccess | undefined;

/** One policy per test file, with the everyday callers: the dossier core and an ops user. */
export function e2eAccess(): TestAccess {
  const everything = {
    grants: [
      ...SOURCES.map((source) => ({ operation: `${source}:*` })),
      { operation: 'dossier-checks:check' },
    ],
  };
  shared ??= new TestAccess({
    [E2E_CALLER_ID]: everything,
    // The demo Kafka caller, whose principal the broker's ACLs know: over its intake.
    [DOSSIER_CORE_CALLER]: everything,
    [E2E_OPS_ID]: { roles: ['ops'] },
  });
  return shared;
}

/** Authorization header of the everyday e2e caller. */
export function e2eAuth(): { Authorization: string } {
  return e2eAccess().caller(E2E_CALLER_ID).auth;
}

export function e2eOpsAuth(): { Authorization: string } {
  return e2eAccess().caller(E2E_OPS_ID).auth;
}
