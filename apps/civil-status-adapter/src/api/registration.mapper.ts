import { RegisteredPerson, Registration } from '@interop/contracts';
import { JsonFields } from './json-fields';
import { birthDate, requiredDay } from './wire-dates';

/** A mapped upstream answer, or every problem found in it: such an answer is never returned. */
export type Mapped<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const PERSONAL_ID = /^\d{12}$/;

/** The value, unless reading it found problems; placeholders stood in for the faulty fields. */
export function settle<T>(fields: JsonFields, value: T): Mapped<T> {
  return fields.problems.length > 0
    ? { ok: false, problems: fields.problems }
    : { ok: true, value };
}

/** soDangKy, quyenSo, ngayDangKy, coQuanDangKy{maCoQuan, tenCoQuan}: where the event was entered. */
export function mapRegistration(fields: JsonFields): Registration {
  const authority = fields.requiredChild('coQuanDangKy');
  return {
    registrationNumber: fields.required('soDangKy'),
    book: fields.required('quyenSo'),
    registeredOn: requiredDay(fields, 'ngayDangKy'),
    authority: { code: authority.required('maCoQuan'), name: authority.required('tenCoQuan') },
  };
}

/** hoTen, soDinhDanh?, ngaySinh?: a person as a registration names them. */
export function mapPerson(fields: JsonFields): RegisteredPerson {
  const personalId = fields.optional('soDinhDanh', PERSONAL_ID, 'be 12 digits');
  const dateOfBirth = birthDate(fields, 'ngaySinh', false);
  return {
    ...(personalId && { personalId }),
    fullName: fields.required('hoTen'),
    ...(dateOfBirth && { dateOfBirth }),
  };
}

/**
 * The identification number of the person a record is about, which must be the one asked for:
 * a record of someone else would be the worst answer the gateway could pass on.
 */
export function subjectId(fields: JsonFields, name: string, askedFor: string): string {
  const personalId = fields.required(name, PERSONAL_ID, 'be 12 digits');
  if (personalId && personalId !== askedFor) fields.problem(name, 'is not the person asked for');
  return personalId;
}
