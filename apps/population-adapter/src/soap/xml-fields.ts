import { isElement, XmlElement } from './soap-xml';

/**
 * Reads the children of one upstream element and records, with their path, every problem
 * found, so that a mapper reads straight through and reports them all at the end. Problems
 * name fields, never their values: those may be personal data.
 */
export class XmlFields {
  private constructor(
    private readonly element: XmlElement,
    private readonly path: string,
    readonly problems: string[],
  ) {}

  static of(element: XmlElement, path: string): XmlFields {
    return new XmlFields(element, path, []);
  }

  /** Text that must be present and, when a pattern is given, match it. */
  required(name: string, pattern?: RegExp, expected?: string): string {
    const text = this.optional(name, pattern, expected);
    if (text === undefined && !this.hasProblemWith(name)) this.problem(name, 'is missing');
    return text ?? '';
  }

  /** Text that may be absent or empty; when present it must match the pattern. */
  optional(name: string, pattern?: RegExp, expected = `match ${pattern}`): string | undefined {
    const value = this.element[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      this.problem(name, 'must be a single text element');
      return undefined;
    }
    if (pattern && !pattern.test(value)) {
      this.problem(name, `must ${expected}`);
      return undefined;
    }
    return value.normalize('NFC');
  }

  /** A child element, read with the same problem list; undefined when absent. */
  child(name: string): XmlFields | undefined {
    const value = this.element[name];
    if (value === undefined || value === '') return undefined;
    if (!isElement(value)) {
      this.problem(name, 'must be a single element with children');
      return undefined;
    }
    return new XmlFields(value, `${this.path}.${name}`, this.problems);
  }

  requiredChild(name: string): XmlFields | undefined {
    const child = this.child(name);
    if (!child && !this.hasProblemWith(name)) this.problem(name, 'is missing');
    return child;
  }

  /** Records a problem the caller found in the value of `name`. */
  problem(name: string, message: string): void {
    this.problems.push(`${this.path}.${name} ${message}`);
  }

  private hasProblemWith(name: string): boolean {
    return this.problems.some((problem) => problem.startsWith(`${this.path}.${name} `));
  }
}
