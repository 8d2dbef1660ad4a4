import { BirthDate } from '../../synthetic/synthetic-citizen';
import { IsoDay } from '../register/calendar';

/** `dd/MM/yyyy`, or `yyyy` where only the year is on record. */
export function wireDate({ year, month, day }: BirthDate): string {
  if (month === undefined || day === undefined) return String(year);
  return `${pad(day)}/${pad(month)}/${year}`;
}

export function wireDay(day: IsoDay): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

const pad = (value: number) => String(value).padStart(2, '0');
