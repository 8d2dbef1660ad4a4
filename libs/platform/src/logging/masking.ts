/**
 * Personal data never reaches logs at info level in clear. An identification number keeps its
 * province prefix and last two digits, enough to tell requests apart when tracing an incident.
 */
export function maskIdentifier(value: string): string {
  if (value.length <= 5) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 5) + value.slice(-2);
}

/** A name keeps only its initials: "Nguyễn Văn An" → "N. V. A.". */
export function maskName(value: string): string {
  return value
    .trim()
    .split(/\s+/)
    .map((part) => `${part.charAt(0)}.`)
    .join(' ');
}

const PERSONAL_FIELDS: Partial<Record<string, (value: string) => string>> = {
  personalId: maskIdentifier,
  oldIdCardNumber: maskIdentifier,
  legalRepresentativePersonalId: maskIdentifier,
  fullName: maskName,
  name: maskName,
  dateOfBirth: (value) => value.slice(0, 4) + value.slice(4).replace(/\d/g, '*'),
};

/** A copy of `value` with the known personal fields masked, at any depth. */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      const mask = PERSONAL_FIELDS[key];
      return [key, mask && typeof field === 'string' ? mask(field) : maskPersonalData(field)];
    }),
  );
}
