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

/** A source's prefix in environment variables: `business-registry` → `BUSINESS_REGISTRY`. */
export function environmentPrefix(source: string): string {
  return source.toUpperCase().replace(/-/g, '_');
}
