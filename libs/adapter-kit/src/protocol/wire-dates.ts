import { parseDateOfBirth } from '@interop/contracts';

/** A way an upstream writes dates, and the canonical ISO form of them. */
export interface WireDate {
  /** The field problem of a text that is not such a date. */
  readonly problem: string;
  /** The ISO form (`YYYY-MM-DD`, or `YYYY` where a year alone is allowed), or undefined. */
  toIso(text: string): string | undefined;
  /** An ISO date, or year, as the upstream writes it. */
  fromIso(iso: string): string;
}

const DAY_FIRST = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YEAR_ONLY = /^\d{4}$/;
const COMPACT = /^(\d{4})(?:(\d{2})(\d{2}))?$/;

/** `iso`, when it is a real calendar day: not 31 February, nor 29 February of 2023. */
function calendarDay(iso: string): string | undefined {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

function isoOfDayFirst(text: string): string | undefined {
  const match = DAY_FIRST.exec(text);
  return match ? calendarDay(`${match[3]}-${match[2]}-${match[1]}`) : undefined;
}

const dayFirstOfIso = (iso: string) => iso.split('-').reverse().join('/');

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `yyyy-MM-dd` (xsd:date without a zone, as SOAP services write one): a real calendar day. */
export const XSD_DATE: WireDate = {
  problem: 'must be a real date as yyyy-MM-dd',
  toIso: (text) => (ISO_DAY.test(text) ? calendarDay(text) : undefined),
  fromIso: (iso) => iso,
};

/** `dd/MM/yyyy`: a real calendar day. */
export const DAY_MONTH_YEAR: WireDate = {
  problem: 'must be a real date as dd/MM/yyyy',
  toIso: isoOfDayFirst,
  fromIso: dayFirstOfIso,
};

/** `dd/MM/yyyy`, or `yyyy` for a date of which only the year is on record. */
export const DAY_MONTH_YEAR_OR_YEAR: WireDate = {
  problem: 'must be a real date as dd/MM/yyyy, or a year as yyyy',
  toIso: (text) => (YEAR_ONLY.test(text) ? text : isoOfDayFirst(text)),
  fromIso: dayFirstOfIso,
};

/** `yyyyMMdd`, or `yyyy`: a date of birth as the contracts take one (from 1900, not in the future). */
export const COMPACT_DATE_OF_BIRTH: WireDate = {
  problem: 'must be a date of birth as yyyyMMdd, or a year as yyyy',
  toIso: (text) => {
    const match = COMPACT.exec(text);
    if (!match) return undefined;
    const [, year, month, day] = match;
    const iso = month ? `${year}-${month}-${day}` : year;
    return parseDateOfBirth(iso).ok ? iso : undefined;
  },
  fromIso: (iso) => iso.replace(/-/g, ''),
};
