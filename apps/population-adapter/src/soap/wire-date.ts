import { parseDateOfBirth } from '@interop/contracts';

/**
 * NgayThangNamSinh travels as `yyyyMMdd`, or `yyyy` when only the year is registered; the
 * gateway's canonical form is ISO `YYYY-MM-DD` or `YYYY`.
 */
export function toWireDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** The ISO form of a wire date, or undefined when it is not a valid date of birth. */
export function fromWireDate(wireDate: string): string | undefined {
  const match = /^(\d{4})(?:(\d{2})(\d{2}))?$/.exec(wireDate);
  if (!match) return undefined;
  const iso = match[2] ? `${match[1]}-${match[2]}-${match[3]}` : match[1];
  return parseDateOfBirth(iso).ok ? iso : undefined;
}
