import { ValueCheck } from './json-fields';

const WIRE_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** The registry writes dates dd/MM/yyyy; the canonical form is ISO YYYY-MM-DD. */
export function isoOfWireDate(wireDate: string): string | undefined {
  const match = WIRE_DATE.exec(wireDate);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isCalendarDate =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  return isCalendarDate ? `${year}-${month}-${day}` : undefined;
}

export const wireDateCheck: ValueCheck = (value) =>
  isoOfWireDate(value) ? undefined : 'must be a calendar date dd/MM/yyyy';
