import { AclGrant, AclOperation, AclResource } from '@interop/contracts';

function covers(resource: AclResource, topic: string): boolean {
  if (resource.type !== 'topic') return false;
  return resource.pattern === 'literal' ? resource.name === topic : topic.startsWith(resource.name);
}

function principals(grants: readonly AclGrant[], operation: AclOperation, topic: string) {
  const allowed = grants.filter(
    (grant) => grant.operation === operation && covers(grant.resource, topic),
  );
  return [...new Set(allowed.map(({ principal }) => principal))];
}

/** Nobody but the admin, a super user of the cluster, who holds no grant. */
const list = (names: string[]) => (names.length > 0 ? names.join(', ') : 'admin only');

/**
 * Who may write and read `topic` under `grants`, as a channel's `x-acl` says it:
 * `write: gateway; read: population-adapter`. `as` renames principals, for a channel whose
 * address has a parameter: the principal of caller `dossier-core` is written `{caller}`.
 */
export function topicAcl(
  topic: string,
  grants: readonly AclGrant[],
  as: (principal: string) => string = (principal) => principal,
): string {
  const writers = principals(grants, 'WRITE', topic).map(as);
  const readers = principals(grants, 'READ', topic).map(as);
  return `write: ${list(writers)}; read: ${list(readers)}`;
}
