import { AccessPolicyDocument, CallerEntry, Role } from './access-policy.document';
import { covers, GrantTarget, OperationRef, parseOperationRef } from './operation-ref';

export interface Grant {
  ref: OperationRef;
  /** The only fields of the answer the caller receives; all of them when absent. */
  fields?: readonly string[];
}

export interface Quota {
  perMinute: number;
  burst: number;
}

export interface CallerPolicy {
  id: string;
  roles: ReadonlySet<Role>;
  grants: readonly Grant[];
  quotas: ReadonlyMap<string, Quota>;
}

/** An API key as the policy knows it: only a hash of the key is ever held. */
export interface ApiKeyRecord {
  callerId: string;
  keyId: string;
  sha256: Buffer;
  /** Epoch milliseconds after which the key is refused. */
  expiresAt?: number;
}

export type CompiledPolicy = { ok: true; policy: AccessPolicy } | { ok: false; problems: string[] };

/** The access policy in force: who the callers are, how they prove it, and what each may do. */
export class AccessPolicy {
  private constructor(
    private readonly callers: ReadonlyMap<string, CallerPolicy>,
    private readonly apiKeys: ReadonlyMap<string, ApiKeyRecord>,
    private readonly oauthClients: ReadonlyMap<string, string>,
    private readonly defaultQuota: Quota,
    readonly demo: boolean,
  ) {}

  /** Checks what the schema cannot (uniqueness across callers) and indexes the document. */
  static compile(document: AccessPolicyDocument): CompiledPolicy {
    const problems = duplicates(document.callers);
    if (problems.length > 0) return { ok: false, problems };
    const callers = new Map(document.callers.map((entry) => [entry.id, callerPolicy(entry)]));
    const apiKeys = new Map(
      document.callers.flatMap((caller) =>
        caller.apiKeys.map((key): [string, ApiKeyRecord] => [
          key.id,
          {
            callerId: caller.id,
            keyId: key.id,
            sha256: Buffer.from(key.sha256, 'hex'),
            expiresAt: key.expires === undefined ? undefined : Date.parse(key.expires),
          },
        ]),
      ),
    );
    const oauthClients = new Map(
      document.callers.flatMap((caller) =>
        caller.oauthClients.map((client): [string, string] => [client, caller.id]),
      ),
    );
    const policy = new AccessPolicy(
      callers,
      apiKeys,
      oauthClients,
      document.defaultQuota,
      document.demo,
    );
    return { ok: true, policy };
  }

  caller(id: string): CallerPolicy | undefined {
    return this.callers.get(id);
  }

  apiKey(keyId: string): ApiKeyRecord | undefined {
    return this.apiKeys.get(keyId);
  }

  /** The caller a JWT's caller claim names, if the policy knows that client. */
  callerOfOauthClient(client: string): CallerPolicy | undefined {
    const id = this.oauthClients.get(client);
    return id === undefined ? undefined : this.callers.get(id);
  }

  get callerCount(): number {
    return this.callers.size;
  }

  /** The grant that lets the caller use the operation: an exact one before a source wildcard. */
  grantFor(caller: CallerPolicy, target: GrantTarget, operation: string): Grant | undefined {
    const matching = caller.grants.filter((grant) => covers(grant.ref, target, operation));
    return matching.find((grant) => grant.ref.operation !== '*') ?? matching[0];
  }

  quotaFor(caller: CallerPolicy, target: GrantTarget): Quota {
    return caller.quotas.get(target) ?? caller.quotas.get('*') ?? this.defaultQuota;
  }
}

function callerPolicy(entry: CallerEntry): CallerPolicy {
  return {
    id: entry.id,
    roles: new Set(entry.roles),
    grants: entry.grants.map(({ operation, fields }) => ({
      // The schema has checked every reference against the vocabulary.
      ref: parseOperationRef(operation) as OperationRef,
      fields,
    })),
    quotas: new Map(
      entry.quotas.map(({ source, perMinute, burst }) => [source, { perMinute, burst }]),
    ),
  };
}

function repeated(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function duplicates(callers: CallerEntry[]): string[] {
  const named = (what: string, values: string[]) =>
    repeated(values).map((value) => `${what} "${value}" appears more than once`);
  return [
    ...named(
      'caller id',
      callers.map((caller) => caller.id),
    ),
    ...named(
      'API key id',
      callers.flatMap((caller) => caller.apiKeys.map((key) => key.id)),
    ),
    ...named(
      'OAuth client',
      callers.flatMap((caller) => caller.oauthClients),
    ),
    ...callers.flatMap((caller) =>
      named(
        `grant of caller ${caller.id}`,
        caller.grants.map((grant) => grant.operation),
      ),
    ),
    ...callers.flatMap((caller) =>
      named(
        `quota of caller ${caller.id} for`,
        caller.quotas.map((quota) => quota.source),
      ),
    ),
  ];
}
