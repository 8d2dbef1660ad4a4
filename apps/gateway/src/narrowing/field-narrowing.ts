/** The allowed paths as a tree: a leaf (`true`) keeps everything below it. */
type PathTree = true | Map<string, PathTree>;

function treeOf(paths: readonly string[]): Map<string, PathTree> {
  const root = new Map<string, PathTree>();
  for (const path of paths) {
    const names = path.split('.');
    let node = root;
    names.forEach((name, index) => {
      const last = index === names.length - 1;
      const existing = node.get(name);
      if (last || existing === true) {
        node.set(name, true);
        return;
      }
      const child = existing ?? new Map<string, PathTree>();
      node.set(name, child);
      node = child;
    });
  }
  return root;
}

export interface Narrowed<T> {
  data: T;
  /** Whether anything was left out. */
  narrowed: boolean;
}

/**
 * Keeps only the fields the paths name (`fullName`, `father.fullName`); a path through a list
 * applies to each of its items. What is not named is left out, so a field a source adds later is
 * withheld until a grant names it.
 */
export function narrowFields<T>(data: T, paths: readonly string[]): Narrowed<T> {
  let narrowed = false;
  const keep = (value: unknown, tree: Map<string, PathTree>): unknown => {
    if (value === null || value === undefined) return value;
    if (Array.isArray(value)) return value.map((item) => keep(item, tree));
    if (typeof value !== 'object') {
      narrowed = true;
      return undefined;
    }
    const kept: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value)) {
      const node = tree.get(name);
      if (node === undefined) {
        narrowed = true;
      } else {
        kept[name] = node === true ? field : keep(field, node);
      }
    }
    return kept;
  };
  return { data: keep(data, treeOf(paths)) as T, narrowed };
}
