import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('./module-boundaries.cjs');
const rule = plugin.rules['module-boundaries'];
const ROOT = path.resolve(__dirname, '../..');
const at = (file: string) => path.join(ROOT, file);

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('module-boundaries', rule, {
  valid: [
    { filename: at('apps/gateway/src/http/a.ts'), code: "import { b } from '../auth/b';" },
    { filename: at('apps/gateway/src/a.ts'), code: "import { c } from '@interop/contracts';" },
    {
      filename: at('apps/population-adapter/src/a.ts'),
      code: "import { k } from '@interop/adapter-kit';",
    },
    { filename: at('libs/adapter-kit/src/a/b.ts'), code: "import { c } from '../c';" },
    // Tests, specs and the benchmark drive the apps themselves.
    {
      filename: at('apps/population-adapter/src/soap/x.round-trip.spec.ts'),
      code: "import { s } from '../../../upstream-simulator/src/population/soap';",
    },
    {
      filename: at('test/x.e2e-spec.ts'),
      code: "import { g } from '../apps/gateway/src/gateway.bootstrap';",
    },
    {
      filename: at('bench/src/x.ts'),
      code: "import { s } from '../../apps/population-adapter/src/soap';",
    },
  ],
  invalid: [
    {
      filename: at('apps/population-adapter/src/soap/x.spec.ts'),
      code: "import { o } from '../../../../libs/adapter-kit/src/source-adapter/outcome';",
      errors: [{ message: 'import libs/adapter-kit through its alias (@interop/...), not a path' }],
    },
    {
      filename: at('apps/gateway/src/http/a.ts'),
      code: "import { x } from '../../../population-adapter/src/soap';",
      errors: [
        { message: 'apps/gateway imports apps/population-adapter: apps share only through libs/' },
      ],
    },
    {
      filename: at('apps/audit-log/src/a.ts'),
      code: "export { y } from '../../gateway/src/audit/audit-trail.service';",
      errors: [{ message: 'apps/audit-log imports apps/gateway: apps share only through libs/' }],
    },
    {
      filename: at('libs/platform/src/a.ts'),
      code: "const m = import('../../../apps/gateway/src/main');",
      errors: [{ message: 'libs/platform imports apps/gateway: libs never import apps' }],
    },
    {
      filename: at('apps/gateway/src/a.ts'),
      code: "import { startAdapter } from '@interop/adapter-kit';",
      errors: 1,
    },
    {
      filename: at('apps/gateway/src/a.ts'),
      code: "import { h } from '@interop/adapter-kit/testing';",
      errors: 1,
    },
    {
      filename: at('apps/population-adapter/src/a.ts'),
      code: "import { o } from '../../../libs/adapter-kit/src/source-adapter/outcome';",
      errors: [{ message: 'import libs/adapter-kit through its alias (@interop/...), not a path' }],
    },
    {
      filename: at('libs/adapter-kit/src/a.ts'),
      code: "import { j } from '../../platform/src/logging/json-logger';",
      errors: [{ message: 'import libs/platform through its alias (@interop/...), not a path' }],
    },
  ],
});
