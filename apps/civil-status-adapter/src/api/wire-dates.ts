import { JsonFields } from './json-fields';

const FULL_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YEAR_ONLY = /^\d{4}$/;

/** `dd/MM/yyyy` as ISO `yyyy-MM-dd`; undefined for text that is not a real calendar day. */
export function fromWireDay(text: string): string | undefined {
  const match = FULL_DATE.exec(text);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** A day of an event (registration, death): required, `dd/MM/yyyy`. */
export function requiredDay(fields: JsonFields, name: string): string {
  const text = fields.required(name);
  if (text === '') return '';
  const iso = fromWireDay(text);
  if (!iso) fields.problem(name, 'must be a real date as dd/MM/yyyy');
  return iso ?? '';
}

/** A date of birth: `dd/MM/yyyy`, or `yyyy` where only the year is on record. */
export function birthDate(fields: JsonFields, name: string, required: boolean): string | undefined {
  const text = required ? fields.required(name) : fields.optional(name);
  if (!text) return undefined;
  const iso = YEAR_ONLY.test(text) ? text : fromWireDay(text);
  if (!iso) fields.problem(name, 'must be a real date as dd/MM/yyyy, or a year as yyyy');
  return iso;
}
