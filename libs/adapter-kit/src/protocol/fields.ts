import { codeIn, Mapped } from './mapped';
import { JSON_RECORDS, RecordFormat, UpstreamRecord, XML_RECORDS } from './record-formats';
import { WireDate } from './wire-dates';

/** Says what is wrong with a text ("must be 12 digits"), or undefined when it is fine. */
export type ValueCheck = (value: string) => string | undefined;

/** A check that the text matches `pattern`; `problem` says what it must be. */
export const matches =
  (pattern: RegExp, problem: string): ValueCheck =>
  (value) =>
    pattern.test(value) ? undefined : problem;

/**
 * Reads the fields of one record of an upstream answer, a JSON object or a parsed XML element,
 * and records with its path every problem found, so that a mapper reads straight through and
 * reports them all at the end; where a field is wrong a placeholder stands in, and `result`
 * refuses the whole. Problems name fields, never their values: those may be personal data.
 * Fields no mapper reads are ignored, so the upstream can add some without breaking the gateway.
 * Absent, `null` and empty text are all "not there".
 */
export class Fields {
  private constructor(
    private readonly format: RecordFormat,
    private readonly record: UpstreamRecord,
    private readonly path: string,
    private readonly found: string[],
  ) {}

  /** The fields of a parsed JSON value, `path` naming it in problems (`khaiSinh`). */
  static ofJson(value: unknown, path: string): Fields {
    return Fields.of(JSON_RECORDS, value, path);
  }

  /** The children of a parsed XML element, `path` naming it in problems (`CongDan`). */
  static ofXml(element: unknown, path: string): Fields {
    return Fields.of(XML_RECORDS, element, path);
  }

  private static of(format: RecordFormat, value: unknown, path: string): Fields {
    if (format.isRecord(value)) return new Fields(format, value, path, []);
    return new Fields(format, {}, path, [`${path} ${format.notRecord}`]);
  }

  /** Every problem found so far, by this reader and by those it handed out. */
  get problems(): readonly string[] {
    return this.found;
  }

  /** Text that must be there, in NFC; `check` may find more wrong with it. */
  text(name: string, check?: ValueCheck): string {
    const text = this.optionalText(name, check);
    if (text === undefined) this.missing(name);
    return text ?? '';
  }

  optionalText(name: string, check?: ValueCheck): string | undefined {
    const value = this.record[name];
    if (this.format.isAbsent(value) || value === '') return undefined;
    if (typeof value !== 'string') return this.problem(name, this.format.notText);
    const problem = check?.(value);
    return problem ? this.problem(name, problem) : value.normalize('NFC');
  }

  /** A whole number, at least `min`. */
  integer(name: string, min: number): number {
    const value = this.record[name];
    if (this.format.isAbsent(value)) return this.missing(name) ?? 0;
    const number = this.format.integerOf(value);
    if (number === undefined || number < min) {
      return this.problem(name, `must be a whole number from ${min}`) ?? 0;
    }
    return number;
  }

  boolean(name: string): boolean {
    const value = this.record[name];
    if (this.format.isAbsent(value)) return this.missing(name) ?? false;
    return this.format.booleanOf(value) ?? this.problem(name, 'must be true or false') ?? false;
  }

  /**
   * The meaning, in `table`, of a code that must be there. A code the table does not hold is a
   * problem where `unknown` says so; otherwise undefined, for the mapper to decide.
   */
  code<T>(name: string, table: Readonly<Record<string, T>>, unknown?: string): T | undefined {
    const code = this.text(name);
    return code ? this.meaning(name, table, code, unknown) : undefined;
  }

  optionalCode<T>(
    name: string,
    table: Readonly<Record<string, T>>,
    unknown?: string,
  ): T | undefined {
    const code = this.optionalText(name);
    return code === undefined ? undefined : this.meaning(name, table, code, unknown);
  }

  /** A date that must be there, as ISO; an empty placeholder where it is missing or wrong. */
  date(name: string, format: WireDate): string {
    const text = this.text(name);
    return (text && this.iso(name, text, format)) ?? '';
  }

  optionalDate(name: string, format: WireDate): string | undefined {
    const text = this.optionalText(name);
    return text === undefined ? undefined : this.iso(name, text, format);
  }

  /**
   * A nested record that must be there, read with the same problem list. Where it is missing or
   * wrong, an empty stand-in is read instead, whose problems go nowhere: one problem is enough.
   */
  child(name: string): Fields {
    const child = this.optionalChild(name);
    if (child) return child;
    this.missing(name);
    return new Fields(this.format, {}, `${this.path}.${name}`, []);
  }

  optionalChild(name: string): Fields | undefined {
    const value = this.record[name];
    if (this.format.isAbsent(value)) return undefined;
    if (!this.format.isRecord(value)) return this.problem(name, this.format.notRecord);
    return new Fields(this.format, value, `${this.path}.${name}`, this.found);
  }

  /** The records of a list that must be there; an item that is not a record is a problem, skipped. */
  list(name: string): Fields[] {
    if (this.format.isAbsent(this.record[name])) this.missing(name);
    return this.optionalList(name);
  }

  /** The records of a list that may be absent, which is an empty one. */
  optionalList(name: string): Fields[] {
    const value = this.record[name];
    if (this.format.isAbsent(value)) return [];
    const items = this.format.itemsOf(value);
    if (!items) return this.problem(name, this.format.notList) ?? [];
    return items.flatMap((item, index) => {
      const path = `${this.path}.${name}[${index}]`;
      if (this.format.isRecord(item)) return [new Fields(this.format, item, path, this.found)];
      this.found.push(`${path} ${this.format.notRecord}`);
      return [];
    });
  }

  /** Records a problem with the value of `name`; returns undefined, for the caller to pass on. */
  problem(name: string, message: string): undefined {
    this.found.push(`${this.path}.${name} ${message}`);
    return undefined;
  }

  /** The mapped value, unless any problem was found on the way. */
  result<T>(value: T): Mapped<T> {
    return this.found.length > 0 ? { ok: false, problems: [...this.found] } : { ok: true, value };
  }

  private meaning<T>(
    name: string,
    table: Readonly<Record<string, T>>,
    code: string,
    unknown: string | undefined,
  ): T | undefined {
    const meaning = codeIn(table, code);
    if (meaning === undefined && unknown) this.problem(name, unknown);
    return meaning;
  }

  private iso(name: string, text: string, format: WireDate): string | undefined {
    return format.toIso(text) ?? this.problem(name, format.problem);
  }

  /** "is missing", unless a problem with the field is already recorded (it is not text, say). */
  private missing(name: string): undefined {
    const named = `${this.path}.${name} `;
    if (!this.found.some((problem) => problem.startsWith(named))) this.problem(name, 'is missing');
    return undefined;
  }
}
