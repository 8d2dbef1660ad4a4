import { Citizen, PersonName } from '@interop/contracts';
import { COMPACT_DATE_OF_BIRTH, Fields, Mapped, matches, XmlElement } from '@interop/adapter-kit';
import { mapAddress } from './address.mapper';
import { mapHouseholdHead, mapRelatedPerson } from './related-person.mapper';
import { GENDER_OF_CODE, MARITAL_STATUS_OF_CODE } from './population-soap.contract';

const PERSONAL_ID = matches(/^\d{12}$/, 'must be 12 digits');
const ID_CARD_NUMBER = matches(/^\d{9}$/, 'must be 9 digits');

/**
 * Maps the upstream's CongDan element to the canonical Citizen. Required fields must be present
 * and well-formed; optional ones may be missing; elements this mapper does not know are ignored,
 * so the upstream can add fields without breaking the gateway.
 */
export function mapCitizen(element: XmlElement): Mapped<Citizen> {
  const fields = Fields.ofXml(element, 'CongDan');
  const name = mapName(fields.child('HoVaTen'));
  const gender = fields.code('GioiTinh', GENDER_OF_CODE, 'is not a known gender code');
  const dateOfBirth = fields.date('NgayThangNamSinh', COMPACT_DATE_OF_BIRTH);
  const oldIdCardNumber = fields.optionalText('SoCMND', ID_CARD_NUMBER);
  // Where a field has a problem a placeholder stands in: such a citizen is never returned.
  const citizen: Citizen = {
    personalId: fields.text('SoDinhDanh', PERSONAL_ID),
    ...(oldIdCardNumber && { oldIdCardNumber }),
    fullName: [name.family, name.middle, name.given].filter(Boolean).join(' '),
    name,
    gender: gender ?? 'other',
    dateOfBirth,
    ethnicity: fields.text('DanToc'),
    religion: fields.text('TonGiao'),
    nationality: fields.text('QuocTich'),
    hometown: mapAddress(fields.optionalChild('QueQuan')),
    permanentAddress: mapAddress(fields.optionalChild('ThuongTru')),
    currentAddress: mapAddress(fields.optionalChild('NoiOHienTai')),
    father: mapRelatedPerson(fields.optionalChild('Cha')),
    mother: mapRelatedPerson(fields.optionalChild('Me')),
    spouse: mapRelatedPerson(fields.optionalChild('VoChong')),
    householdHead: mapHouseholdHead(fields.optionalChild('ChuHo')),
    // A status the gateway does not know yet is reported as unknown rather than failing a lookup.
    maritalStatus: fields.optionalCode('TinhTrangHonNhan', MARITAL_STATUS_OF_CODE) ?? 'unknown',
  };
  return fields.result(withoutAbsentFields(citizen));
}

/** HoVaTen{Ho, ChuDem, Ten}; ChuDem is empty for people registered without a middle name. */
function mapName(fields: Fields): PersonName {
  return {
    family: fields.text('Ho'),
    middle: fields.optionalText('ChuDem') ?? '',
    given: fields.text('Ten'),
  };
}

/** Absent optional fields are left out, not present with an undefined value. */
function withoutAbsentFields(citizen: Citizen): Citizen {
  return Object.fromEntries(
    Object.entries(citizen).filter(([, value]) => value !== undefined),
  ) as unknown as Citizen;
}
