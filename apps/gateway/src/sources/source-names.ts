/** `enterprise.search` → `EnterpriseSearch`; `civil-status` → `CivilStatus`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/** `marital-status.lookup` → `maritalStatusLookup`. */
export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal[0].toLowerCase() + pascal.slice(1);
}

/** Gives a class made at run time the name its OpenAPI schema and stack traces show. */
export function named<T extends abstract new (...args: never[]) => unknown>(
  type: T,
  name: string,
): T {
  Object.defineProperty(type, 'name', { value: name });
  return type;
}
