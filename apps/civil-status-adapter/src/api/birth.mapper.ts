import { BirthRegistration } from '@interop/contracts';
import { codeIn, GENDER_OF_CODE } from './civil-status-api.contract';
import { JsonFields } from './json-fields';
import { Mapped, mapPerson, mapRegistration, settle, subjectId } from './registration.mapper';
import { birthDate } from './wire-dates';

/**
 * A birth registration (khai sinh) as the canonical BirthRegistration. Required fields must be
 * present and well-formed; fields this mapper does not know are ignored, so the service can add
 * some without breaking the gateway.
 */
export function mapBirth(body: unknown, askedFor: string): Mapped<BirthRegistration> {
  const fields = JsonFields.of(body, 'khaiSinh');
  const father = fields.child('cha');
  const mother = fields.child('me');
  return settle(fields, {
    ...mapRegistration(fields),
    child: mapChild(fields.requiredChild('nguoiDuocKhaiSinh'), askedFor),
    ...(father && { father: mapPerson(father) }),
    ...(mother && { mother: mapPerson(mother) }),
  });
}

function mapChild(fields: JsonFields, askedFor: string): BirthRegistration['child'] {
  const genderCode = fields.required('gioiTinh');
  const gender = codeIn(GENDER_OF_CODE, genderCode);
  if (genderCode && !gender) fields.problem('gioiTinh', 'is not a known gender code');
  return {
    personalId: subjectId(fields, 'soDinhDanh', askedFor),
    fullName: fields.required('hoTen'),
    dateOfBirth: birthDate(fields, 'ngaySinh', true) ?? '',
    gender: gender ?? 'other',
    placeOfBirth: fields.required('noiSinh'),
  };
}
