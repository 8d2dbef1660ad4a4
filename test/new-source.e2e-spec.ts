import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `npm run new:source` in a temporary copy of this tree, for a REST and a SOAP source: right
 * after generation the tree builds, is formatted, passes its unit tests, each new source passes
 * its conformance test, and each answers through the gateway from the simulator. The copy runs its own jest, against a broker of its own (the
 * generator adds a Kafka principal, which this run's broker was not made with).
 */
const ROOT = path.resolve(__dirname, '..');

/** What the test generates, [name, protocol, title]: one source of each protocol. */
const GENERATED = [
  ['land-registry', 'rest', 'Land registry'],
  ['vehicle-registry', 'soap', 'Vehicle registry'],
] as const;

/** The copy's broker, beside this run's (its TLS and internal listeners take the next two). */
const INNER_KAFKA_PORT = Number(process.env.KAFKA_PORT ?? 9092) + 20900;

/** Written into the copy: each generated source's lookup through the whole system. */
const THROUGH_GATEWAY = `import request from 'supertest';
import { InteropSystem, startInteropSystem } from './support/interop-system';
import { E2E_PROCEDURE, e2eAuth } from './support/test-access';

let system: InteropSystem;

beforeAll(async () => {
  system = await startInteropSystem({ name: 'generated-source' });
}, 120_000);

afterAll(() => system?.stop(), 60_000);

it.each(${JSON.stringify(GENERATED.map(([name]) => name))})(
  'answers a lookup of %s through the gateway, from the simulator',
  async (source) => {
    const answer = await fetch(\`\${system.simulator.url}/_sim/\${source}/samples\`);
    const { samples } = (await answer.json()) as {
      samples: { personalId: string; reference: string }[];
    };
    const response = await request(system.gatewayUrl)
      .post(\`/v1/\${source}/record-lookups\`)
      .set({ ...e2eAuth(), 'X-Officer-Id': 'CB-0001', 'X-Procedure-Code': E2E_PROCEDURE })
      .send({ personalId: samples[0].personalId });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      personalId: samples[0].personalId,
      reference: samples[0].reference,
    });
    expect(response.body.meta).toMatchObject({ source });
  },
);

it("checks the guide's land record claim in a dossier check, through the gateway", async () => {
  const sim = (path: string) => fetch(\`\${system.simulator.url}\${path}\`).then((r) => r.json());
  // The stub's records are the first citizens of the synthetic population.
  const { samples: [person] } = await sim('/_sim/population/samples?limit=1');
  const { samples: [record] } = await sim('/_sim/land-registry/samples');
  const dossierId = 'HS-2026-000123';
  const check = (reference: string) =>
    request(system.gatewayUrl)
      .post('/v1/dossier-checks')
      .set({
        ...e2eAuth(),
        'X-Officer-Id': 'CB-0001',
        'X-Procedure-Code': E2E_PROCEDURE,
        'X-Dossier-Id': dossierId,
      })
      .send({
        dossierId,
        procedureCode: E2E_PROCEDURE,
        applicant: {
          personalId: person.personalId,
          fullName: person.fullName,
          dateOfBirth: person.dateOfBirth,
        },
        landRecord: { reference },
      });
  const declared = await check(record.reference);
  expect(declared.status).toBe(200);
  expect(declared.body.data.claims.landRecord).toMatchObject({
    source: 'land-registry',
    verdict: 'MATCH',
    fields: { reference: { verdict: 'MATCH' } },
  });
  const other = await check('HS-999999');
  expect(other.body.data.claims.landRecord.fields.reference.verdict).toBe('MISMATCH');
});
`;

const CLAIMS = 'apps/gateway/src/dossier-checks/claims';

/**
 * Section 6 of docs/adding-a-source.md done as a reader would: its claim file copied as it is,
 * and its list in place of DOSSIER_CLAIMS, with the claim's import.
 */
function addTheGuidesClaim(): void {
  const guide = readFileSync(path.join(ROOT, 'docs/adding-a-source.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## 6. A dossier claim'));
  const [claim, list] = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map(([, code]) => code);
  writeFileSync(path.join(copy, CLAIMS, 'land-record.claim.ts'), claim);
  const registered = path.join(copy, CLAIMS, 'dossier-claims.ts');
  const claims = readFileSync(registered, 'utf8').replace(
    /export const DOSSIER_CLAIMS = [^;]*;\n/,
    list,
  );
  expect(claims).toContain('landRecordClaim,');
  writeFileSync(registered, `import { landRecordClaim } from './land-record.claim';\n${claims}`);
}

let copy: string;

/** The copy's environment: none of this run's broker, a port of its own. */
function copyEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('KAFKA_')),
  );
  return {
    ...env,
    KAFKA_PORT: String(INNER_KAFKA_PORT),
    KAFKA_CONTROLLER_PORT: String(INNER_KAFKA_PORT + 1),
    NODE_OPTIONS: process.env.NODE_OPTIONS,
  };
}

/** Runs a command in the copy; fails with the end of its output. Logs how long it took. */
function runInCopy(command: string, args: string[]): Promise<string> {
  const started = Date.now();
  console.log(`[new-source] ${command} ${args.join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: copy, env: copyEnv(), stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`[new-source]   exit ${status} after ${seconds} s`);
      if (status === 0) resolve(output);
      else
        reject(new Error(`${command} ${args.join(' ')} exited ${status}:\n${output.slice(-6000)}`));
    });
  });
}

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'interop-new-source-'));
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
    .split('\0')
    .filter((file) => file && existsSync(path.join(ROOT, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    cpSync(path.join(ROOT, file), path.join(copy, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  mkdirSync(path.join(copy, '.cache/kafka'), { recursive: true });
  symlinkSync(path.join(ROOT, '.cache/kafka/libs'), path.join(copy, '.cache/kafka/libs'));
  console.log(`[new-source] ${files.length} files copied to ${copy}`);
});

afterAll(async () => {
  if (!copy) return;
  await runInCopy('bash', ['scripts/kafka/stop.sh']).catch(() => undefined);
  rmSync(copy, { recursive: true, force: true });
}, 60_000);

/** Every file of the copy but the build's output and the links, with its text. */
function treeOf(folder: string, under = ''): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(path.join(folder, under), { withFileTypes: true })) {
    const at = path.join(under, entry.name);
    if (['node_modules', 'dist', '.cache', '.run'].includes(at)) continue;
    if (entry.isDirectory()) for (const [file, text] of treeOf(folder, at)) tree.set(file, text);
    else tree.set(at, readFileSync(path.join(folder, at), 'utf8'));
  }
  return tree;
}

describe('npm run new:source in a copy of the tree (e2e)', () => {
  it('leaves the tree as it was when a step after writing fails', async () => {
    const compose = path.join(copy, 'docker-compose.yml');
    const intact = readFileSync(compose, 'utf8');
    // A compose file whose adapters' region was edited away: derive cannot write it.
    writeFileSync(compose, intact.replace(/# >>> derived: adapter services.*\n/, ''));
    try {
      const before = treeOf(copy);
      await expect(
        runInCopy('npm', [
          'run',
          '--silent',
          'new:source',
          '--',
          'water-registry',
          '--protocol',
          'rest',
        ]),
      ).rejects.toThrow(/water-registry was not added, and the files written for it are removed/);
      const after = treeOf(copy);
      expect([...after.keys()].filter((file) => !before.has(file))).toEqual([]);
      expect([...before].filter(([file, text]) => after.get(file) !== text)).toEqual([]);
    } finally {
      writeFileSync(compose, intact);
    }
  }, 120_000);

  it("generates sources that build, pass their conformance tests, answer through the gateway and take the guide's claim", async () => {
    for (const [name, protocol, title] of GENERATED) {
      const output = await runInCopy('npm', [
        'run',
        '--silent',
        'new:source',
        '--',
        name,
        '--protocol',
        protocol,
        '--title',
        title,
      ]);
      expect(output).toContain(`created  apps/${name}-adapter/src/main.ts`);
      expect(output).toContain('edited   libs/contracts/src/sources/source-registry.ts');
      expect(output).toMatch(/derived .*nest-cli\.json/);
    }

    // The generator's derive step built the tree with the new sources; it is what npm start runs.
    for (const [name] of GENERATED) {
      expect(existsSync(path.join(copy, `dist/apps/${name}-adapter/src/main.js`))).toBe(true);
      expect(readFileSync(path.join(copy, 'docker-compose.yml'), 'utf8')).toContain(
        `${name}-adapter:`,
      );
    }
    await runInCopy('npx', ['tsc', '-p', 'tsconfig.build.json', '--noEmit']);
    await runInCopy('npx', ['prettier', '--check', '.']);
    // No unit test of the tree assumes the registry holds only the sources it came with.
    await runInCopy('npx', ['jest', '--silent']);

    addTheGuidesClaim();
    writeFileSync(path.join(copy, 'test/generated-source.e2e-spec.ts'), THROUGH_GATEWAY);
    const output = await runInCopy('npx', [
      'jest',
      '--config',
      'test/jest-e2e.config.js',
      '--runInBand',
      ...GENERATED.map(([name]) => `test/conformance/${name}-adapter.e2e-spec.ts`),
      'test/generated-source.e2e-spec.ts',
    ]);
    expect(output).toMatch(
      new RegExp(`Test Suites:\\s+${GENERATED.length + 1} passed, ${GENERATED.length + 1} total`),
    );
    // Every conformance case but token refresh (neither stub has tokens), each lookup, the claim.
    expect(output).toMatch(/Tests:\s+2 skipped, (\d+) passed/);
  }, 900_000);
});
