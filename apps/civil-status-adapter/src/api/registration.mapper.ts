import { RegisteredPerson, Registration } from '@interop/contracts';
import { DAY_MONTH_YEAR, DAY_MONTH_YEAR_OR_YEAR, Fields, matches } from '@interop/adapter-kit';

const PERSONAL_ID = matches(/^\d{12}$/, 'must be 12 digits');

/** soDangKy, quyenSo, ngayDangKy, coQuanDangKy{maCoQuan, tenCoQuan}: where the event was entered. */
export function mapRegistration(fields: Fields): Registration {
  const authority = fields.child('coQuanDangKy');
  return {
    registrationNumber: fields.text('soDangKy'),
    book: fields.text('quyenSo'),
    registeredOn: fields.date('ngayDangKy', DAY_MONTH_YEAR),
    authority: { code: authority.text('maCoQuan'), name: authority.text('tenCoQuan') },
  };
}

/** hoTen, soDinhDanh?, ngaySinh?: a person as a registration names them. */
export function mapPerson(fields: Fields): RegisteredPerson {
  const personalId = fields.optionalText('soDinhDanh', PERSONAL_ID);
  const dateOfBirth = fields.optionalDate('ngaySinh', DAY_MONTH_YEAR_OR_YEAR);
  return {
    ...(personalId && { personalId }),
    fullName: fields.text('hoTen'),
    ...(dateOfBirth && { dateOfBirth }),
  };
}

/**
 * The identification number of the person a record is about, which must be the one asked for:
 * a record of someone else would be the worst answer the gateway could pass on.
 */
export function subjectId(fields: Fields, name: string, askedFor: string): string {
  const personalId = fields.text(name, PERSONAL_ID);
  if (personalId && personalId !== askedFor) fields.problem(name, 'is not the person asked for');
  return personalId;
}
