import { readFileSync, writeFileSync } from 'node:fs';
import { ASYNCAPI_FILE, renderAsyncApi } from './render-asyncapi';

/**
 * `npm run docs:asyncapi`: writes docs/asyncapi.yaml from libs/contracts and the template.
 * With `--check`, writes nothing and fails when the committed file is not what it would write.
 */
async function main(check: boolean): Promise<void> {
  const rendered = await renderAsyncApi();
  if (!check) {
    writeFileSync(ASYNCAPI_FILE, rendered);
    return;
  }
  if (readFileSync(ASYNCAPI_FILE, 'utf8') !== rendered) {
    console.error(`${ASYNCAPI_FILE} is not what the contracts say: run npm run docs:asyncapi`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.includes('--check')).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
