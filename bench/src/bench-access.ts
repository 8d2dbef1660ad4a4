import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SOURCES } from '@interop/contracts';
import { newApiKey } from '../../apps/gateway/src/auth/api-key';

export interface BenchAccess {
  /** The gateway's environment: the benchmark's own policy and catalogue. */
  env: Record<string, string>;
  /** The Authorization header of the benchmark's caller. */
  authorization: string;
}

/**
 * The benchmark calls as a caller of its own, with a fresh key, granted every operation under
 * quotas it cannot reach: authentication and authorisation are measured, never a 429.
 */
export function benchAccess(requester: string, procedureCode: string): BenchAccess {
  const dir = mkdtempSync(path.join(tmpdir(), 'interop-bench-access-'));
  const { key, id, sha256 } = newApiKey();
  const operations = [...SOURCES.map((source) => `${source}:*`), 'dossier-checks:check'];
  const policy = {
    version: 1,
    defaultQuota: { perMinute: 1_000_000, burst: 100_000 },
    callers: [
      {
        id: requester,
        apiKeys: [{ id, sha256 }],
        grants: operations.map((operation) => ({ operation })),
      },
    ],
  };
  const catalogue = {
    procedures: [{ code: procedureCode, name: 'Benchmark: every operation', operations }],
  };
  const policyFile = path.join(dir, 'access-policy.json');
  const catalogueFile = path.join(dir, 'procedure-catalogue.json');
  writeFileSync(policyFile, JSON.stringify(policy));
  writeFileSync(catalogueFile, JSON.stringify(catalogue));
  return {
    env: {
      ACCESS_POLICY_FILE: policyFile,
      PROCEDURE_CATALOGUE_FILE: catalogueFile,
    },
    authorization: `Bearer ${key}`,
  };
}
