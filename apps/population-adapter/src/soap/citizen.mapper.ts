import { Citizen, PersonName } from '@interop/contracts';
import { mapAddress } from './address.mapper';
import { mapHouseholdHead, mapRelatedPerson } from './related-person.mapper';
import { codeIn, GENDER_OF_CODE, MARITAL_STATUS_OF_CODE } from './population-soap.contract';
import { XmlElement } from './soap-xml';
import { fromWireDate } from './wire-date';
import { XmlFields } from './xml-fields';

export type MappedCitizen = { ok: true; citizen: Citizen } | { ok: false; problems: string[] };

/**
 * Maps the upstream's CongDan element to the canonical Citizen. Required fields must be present
 * and well-formed; optional ones may be missing; elements this mapper does not know are ignored,
 * so the upstream can add fields without breaking the gateway.
 */
export function mapCitizen(element: XmlElement): MappedCitizen {
  const fields = XmlFields.of(element, 'CongDan');
  const name = mapName(fields.requiredChild('HoVaTen'));
  const genderCode = fields.required('GioiTinh');
  const gender = codeIn(GENDER_OF_CODE, genderCode);
  if (genderCode && !gender) fields.problem('GioiTinh', 'is not a known gender code');
  const wireDate = fields.required('NgayThangNamSinh', /^\d{8}$|^\d{4}$/, 'be yyyyMMdd or yyyy');
  const dateOfBirth = wireDate ? fromWireDate(wireDate) : undefined;
  if (wireDate && !dateOfBirth) fields.problem('NgayThangNamSinh', 'is not a valid date of birth');
  const oldIdCardNumber = fields.optional('SoCMND', /^\d{9}$/, 'be 9 digits');
  // Where a field has a problem a placeholder stands in: such a citizen is never returned.
  const citizen: Citizen = {
    personalId: fields.required('SoDinhDanh', /^\d{12}$/, 'be 12 digits'),
    ...(oldIdCardNumber && { oldIdCardNumber }),
    fullName: [name.family, name.middle, name.given].filter(Boolean).join(' '),
    name,
    gender: gender ?? 'other',
    dateOfBirth: dateOfBirth ?? '',
    ethnicity: fields.required('DanToc'),
    religion: fields.required('TonGiao'),
    nationality: fields.required('QuocTich'),
    hometown: mapAddress(fields.child('QueQuan')),
    permanentAddress: mapAddress(fields.child('ThuongTru')),
    currentAddress: mapAddress(fields.child('NoiOHienTai')),
    father: mapRelatedPerson(fields.child('Cha')),
    mother: mapRelatedPerson(fields.child('Me')),
    spouse: mapRelatedPerson(fields.child('VoChong')),
    householdHead: mapHouseholdHead(fields.child('ChuHo')),
    // A status the gateway does not know yet is reported as unknown rather than failing a lookup.
    maritalStatus:
      codeIn(MARITAL_STATUS_OF_CODE, fields.optional('TinhTrangHonNhan') ?? '') ?? 'unknown',
  };
  return fields.problems.length > 0
    ? { ok: false, problems: fields.problems }
    : { ok: true, citizen: withoutAbsentFields(citizen) };
}

/** HoVaTen{Ho, ChuDem, Ten}; ChuDem is empty for people registered without a middle name. */
function mapName(fields: XmlFields | undefined): PersonName {
  return {
    family: fields?.required('Ho') ?? '',
    middle: fields?.optional('ChuDem') ?? '',
    given: fields?.required('Ten') ?? '',
  };
}

/** Absent optional fields are left out, not present with an undefined value. */
function withoutAbsentFields(citizen: Citizen): Citizen {
  return Object.fromEntries(
    Object.entries(citizen).filter(([, value]) => value !== undefined),
  ) as unknown as Citizen;
}
