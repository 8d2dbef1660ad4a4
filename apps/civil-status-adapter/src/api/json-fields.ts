type JsonObject = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the fields of one upstream JSON object and records, with their path, every problem
 * found, so that a mapper reads straight through and reports them all at the end. Problems name
 * fields, never their values: those may be personal data. `null` counts as absent.
 */
export class JsonFields {
  private constructor(
    private readonly object: JsonObject,
    private readonly path: string,
    readonly problems: string[],
  ) {}

  /** The fields of `value` when it is an object; otherwise a reader with that problem recorded. */
  static of(value: unknown, path: string): JsonFields {
    if (isObject(value)) return new JsonFields(value, path, []);
    return new JsonFields({}, path, [`${path} must be a JSON object`]);
  }

  /** Text that must be present and, when a pattern is given, match it. */
  required(name: string, pattern?: RegExp, expected?: string): string {
    const text = this.optional(name, pattern, expected);
    if (text === undefined && !this.hasProblemWith(name)) this.problem(name, 'is missing');
    return text ?? '';
  }

  /** Text that may be absent or empty; when present it must match the pattern. */
  optional(name: string, pattern?: RegExp, expected = `match ${pattern}`): string | undefined {
    const value = this.object[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') {
      this.problem(name, 'must be a string');
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      this.problem(name, `must ${expected}`);
      return undefined;
    }
    return value.normalize('NFC');
  }

  /** A nested object, read with the same problem list; undefined when absent. */
  child(name: string): JsonFields | undefined {
    const value = this.object[name];
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      this.problem(name, 'must be an object');
      return undefined;
    }
    return new JsonFields(value, `${this.path}.${name}`, this.problems);
  }

  /**
   * A nested object that must be present. When it is not, the problem is recorded and an empty
   * reader stands in, whose own problems go nowhere: the mapper reads on without checks.
   */
  requiredChild(name: string): JsonFields {
    const child = this.child(name);
    if (child) return child;
    if (!this.hasProblemWith(name)) this.problem(name, 'is missing');
    return new JsonFields({}, `${this.path}.${name}`, []);
  }

  /** The objects of a required array, each read with the same problem list. */
  list(name: string): JsonFields[] {
    const value = this.object[name];
    if (!Array.isArray(value)) {
      this.problem(name, value === undefined || value === null ? 'is missing' : 'must be an array');
      return [];
    }
    return value.flatMap((item, index) => {
      const path = `${this.path}.${name}[${index}]`;
      if (isObject(item)) return [new JsonFields(item, path, this.problems)];
      this.problems.push(`${path} must be an object`);
      return [];
    });
  }

  /** Records a problem the caller found in the value of `name`. */
  problem(name: string, message: string): void {
    this.problems.push(`${this.path}.${name} ${message}`);
  }

  private hasProblemWith(name: string): boolean {
    return this.problems.some((problem) => problem.startsWith(`${this.path}.${name} `));
  }
}
