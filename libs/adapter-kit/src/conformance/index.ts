/**
 * `@interop/adapter-kit/testing`: kept apart from the kit's main entry because it runs inside
 * Jest and uses its globals, which production code must never load.
 */
export * from './conformance-options';
export * from './describe-adapter-conformance';
