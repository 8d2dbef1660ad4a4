// The seams of the repository, as lint rules: an app never imports another app (what they share
// lives in libs/), a library never imports an app, the gateway never imports the adapter kit,
// and a library is imported only through its alias (its index), never by a path into it.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

/** `{ kind: 'app' | 'lib', name }` of a path inside apps/ or libs/, else undefined. */
function unitOf(file) {
  const [top, name] = path.relative(ROOT, file).split(path.sep);
  if ((top === 'apps' || top === 'libs') && name) return { kind: top.slice(0, -1), name };
  return undefined;
}

/**
 * What `source`, imported from `file`, breaks; undefined when nothing. A spec is a test, not
 * part of its app's build: like test/, it may drive another app (the adapters' round-trip specs
 * read the simulator's answers), but not reach into a library by path.
 */
function violation(file, source) {
  const from = unitOf(file);
  const spec = file.endsWith('.spec.ts');
  if (source.startsWith('.')) {
    const to = unitOf(path.resolve(path.dirname(file), source));
    if (!to || (from && from.kind === to.kind && from.name === to.name)) return undefined;
    if (to.kind === 'lib') {
      return `import libs/${to.name} through its alias (@interop/...), not a path`;
    }
    if (spec || !from) return undefined;
    return from.kind === 'app'
      ? `apps/${from.name} imports apps/${to.name}: apps share only through libs/`
      : `libs/${from.name} imports apps/${to.name}: libs never import apps`;
  }
  const gateway = from && from.kind === 'app' && from.name === 'gateway';
  if (gateway && /^@interop\/adapter-kit(\/|$)/.test(source)) {
    return 'the gateway never imports the adapter kit: what both need belongs in @interop/platform or @interop/contracts';
  }
  return undefined;
}

const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'keeps apps, libs and the gateway apart (docs: README, Repository layout)',
    },
    schema: [],
    messages: { crossed: '{{reason}}' },
  },
  create(context) {
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const reason = violation(context.filename, node.source.value);
      if (reason) context.report({ node: node.source, messageId: 'crossed', data: { reason } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

module.exports = { rules: { 'module-boundaries': rule }, violation };
