import { BirthRegistration } from '@interop/contracts';
import { DAY_MONTH_YEAR_OR_YEAR, Fields, Mapped } from '@interop/adapter-kit';
import { GENDER_OF_CODE } from './civil-status-api.contract';
import { mapPerson, mapRegistration, subjectId } from './registration.mapper';

/**
 * A birth registration (khai sinh) as the canonical BirthRegistration. Required fields must be
 * present and well-formed; fields this mapper does not know are ignored, so the service can add
 * some without breaking the gateway.
 */
export function mapBirth(body: unknown, askedFor: string): Mapped<BirthRegistration> {
  const fields = Fields.ofJson(body, 'khaiSinh');
  const father = fields.optionalChild('cha');
  const mother = fields.optionalChild('me');
  return fields.result({
    ...mapRegistration(fields),
    child: mapChild(fields.child('nguoiDuocKhaiSinh'), askedFor),
    ...(father && { father: mapPerson(father) }),
    ...(mother && { mother: mapPerson(mother) }),
  });
}

function mapChild(fields: Fields, askedFor: string): BirthRegistration['child'] {
  const gender = fields.code('gioiTinh', GENDER_OF_CODE, 'is not a known gender code');
  return {
    personalId: subjectId(fields, 'soDinhDanh', askedFor),
    fullName: fields.text('hoTen'),
    dateOfBirth: fields.date('ngaySinh', DAY_MONTH_YEAR_OR_YEAR),
    gender: gender ?? 'other',
    placeOfBirth: fields.text('noiSinh'),
  };
}
