import { newApiKey } from '../apps/gateway/src/auth/api-key';

const CALLER = /^[\w.:/-]{1,64}$/;

/**
 * `npm run keys:new -- <caller> [--expires <ISO date>]`: prints a new API key once, and the
 * entry to paste under that caller's `apiKeys` in the access policy. The key is not stored.
 */
function main(args: string[]): number {
  const [caller, flag, expires] = args;
  if (
    caller === undefined ||
    !CALLER.test(caller) ||
    (flag !== undefined && flag !== '--expires')
  ) {
    console.error('usage: npm run keys:new -- <caller> [--expires 2027-06-30T00:00:00Z]');
    return 2;
  }
  if (flag !== undefined && (expires === undefined || Number.isNaN(Date.parse(expires)))) {
    console.error('--expires needs an ISO 8601 date, e.g. 2027-06-30T00:00:00Z');
    return 2;
  }
  const { key, id, sha256 } = newApiKey();
  const expiry = expires === undefined ? '' : `\n    expires: '${new Date(expires).toISOString()}'`;
  console.log(`New API key for ${caller} (shown once; give it to the caller over a safe channel):

  ${key}

Paste under the caller "${caller}" in the access policy, in apiKeys:

  - id: ${id}
    sha256: ${sha256}${expiry}

The gateway picks the change up without a restart. To rotate, add the new key, let the caller
switch to it, then remove the old entry: a removed key is refused from the next reload on.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
