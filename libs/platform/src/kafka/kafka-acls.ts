import { AclGrant } from '@interop/contracts';
import {
  Admin,
  AclEntry,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
} from 'kafkajs';

const OPERATIONS = {
  READ: AclOperationTypes.READ,
  WRITE: AclOperationTypes.WRITE,
  DESCRIBE: AclOperationTypes.DESCRIBE,
} as const;
const RESOURCES = { topic: AclResourceTypes.TOPIC, group: AclResourceTypes.GROUP } as const;
const PATTERNS = {
  literal: ResourcePatternTypes.LITERAL,
  prefixed: ResourcePatternTypes.PREFIXED,
} as const;

/** A grant as the broker stores it: an ALLOW ACL for the user, from any host. */
function aclEntryOf({ principal, operation, resource }: AclGrant): AclEntry {
  return {
    principal: `User:${principal}`,
    host: '*',
    operation: OPERATIONS[operation],
    permissionType: AclPermissionTypes.ALLOW,
    resourceType: RESOURCES[resource.type],
    resourceName: resource.name,
    resourcePatternType: PATTERNS[resource.pattern],
  };
}

/** Adds the grants' ACLs; those the broker already has stay as they are. Needs an admin. */
export async function createAcls(admin: Admin, grants: AclGrant[]): Promise<void> {
  if (grants.length > 0) await admin.createAcls({ acl: grants.map(aclEntryOf) });
}

/** Removes exactly the grants' ACLs, as a test run does with those it added. */
export async function deleteAcls(admin: Admin, grants: AclGrant[]): Promise<void> {
  if (grants.length > 0) await admin.deleteAcls({ filters: grants.map(aclEntryOf) });
}
