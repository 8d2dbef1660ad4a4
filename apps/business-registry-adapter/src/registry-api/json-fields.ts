/** Says what is wrong with a value, or undefined when it is fine. */
export type ValueCheck = (value: string) => string | undefined;

export type Mapped<T> = { ok: true; value: T } | { ok: false; problems: string[] };

type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the properties of one upstream JSON object and records, with their path, every problem
 * found, so that a mapper reads straight through and reports them all at the end. Problems
 * name fields, never their values: those may be personal data. Unknown properties are ignored,
 * so the upstream can add fields without breaking the gateway.
 */
export class JsonFields {
  private constructor(
    private readonly object: JsonObject,
    private readonly path: string,
    readonly problems: string[],
  ) {}

  /** The top of an answer; a value that is not an object is a problem at `path`. */
  static of(value: unknown, path: string): JsonFields {
    const problems = isObject(value) ? [] : [`${path} must be an object`];
    return new JsonFields(isObject(value) ? value : {}, path, problems);
  }

  /** Non-empty text, in NFC; `check` may find more wrong with it. */
  text(name: string, check?: ValueCheck): string {
    const text = this.optionalText(name, check);
    if (text === undefined && !this.hasProblemWith(name)) this.problem(name, 'is missing');
    return text ?? '';
  }

  /** Text that may be absent, null or empty. */
  optionalText(name: string, check?: ValueCheck): string | undefined {
    const value = this.object[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') return this.problem(name, 'must be text');
    const problem = check?.(value);
    return problem ? this.problem(name, problem) : value.normalize('NFC');
  }

  /** A whole number, at least `min`. */
  integer(name: string, min: number): number {
    const value = this.object[name];
    if (value === undefined || value === null) return this.problem(name, 'is missing') ?? 0;
    if (!Number.isSafeInteger(value) || (value as number) < min) {
      return this.problem(name, `must be a whole number from ${min}`) ?? 0;
    }
    return value as number;
  }

  boolean(name: string): boolean {
    const value = this.object[name];
    if (typeof value === 'boolean') return value;
    return (
      this.problem(name, value === undefined ? 'is missing' : 'must be true or false') ?? false
    );
  }

  /** A nested object, read with the same problem list; an empty one stands in when it is wrong. */
  child(name: string): JsonFields {
    const value = this.object[name];
    if (!isObject(value))
      this.problem(name, value === undefined ? 'is missing' : 'must be an object');
    return new JsonFields(isObject(value) ? value : {}, `${this.path}.${name}`, this.problems);
  }

  /** The objects of an array; an absent one is empty unless `required`. */
  list(name: string, required = false): JsonFields[] {
    const value = this.object[name];
    if (value === undefined || value === null) {
      if (required) this.problem(name, 'is missing');
      return [];
    }
    if (!Array.isArray(value)) return this.problem(name, 'must be an array') ?? [];
    return value.map((item, i) => {
      const path = `${this.path}.${name}[${i}]`;
      if (!isObject(item)) this.problems.push(`${path} must be an object`);
      return new JsonFields(isObject(item) ? item : {}, path, this.problems);
    });
  }

  /** Records a problem with the value of `name`; returns undefined for the caller to pass on. */
  problem(name: string, message: string): undefined {
    this.problems.push(`${this.path}.${name} ${message}`);
    return undefined;
  }

  /** The mapped value, unless any problem was found on the way. */
  result<T>(value: T): Mapped<T> {
    return this.problems.length > 0 ? { ok: false, problems: this.problems } : { ok: true, value };
  }

  private hasProblemWith(name: string): boolean {
    return this.problems.some((problem) => problem.startsWith(`${this.path}.${name} `));
  }
}
