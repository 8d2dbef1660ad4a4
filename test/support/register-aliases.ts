import path from 'node:path';
import { loadConfig, register } from 'tsconfig-paths';

// Jest applies moduleNameMapper to test files only; global setup and teardown are plain Node
// modules, so they resolve the @interop/* aliases from tsconfig.json's paths instead.
const tsconfig = loadConfig(path.resolve(__dirname, '../..'));
if (tsconfig.resultType === 'failed') throw new Error(tsconfig.message);
register({ baseUrl: tsconfig.absoluteBaseUrl, paths: tsconfig.paths });
