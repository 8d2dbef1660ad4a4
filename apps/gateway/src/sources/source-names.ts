/** Gives a class made at run time the name its OpenAPI schema and stack traces show. */
export function named<T extends abstract new (...args: never[]) => unknown>(
  type: T,
  name: string,
): T {
  Object.defineProperty(type, 'name', { value: name });
  return type;
}
