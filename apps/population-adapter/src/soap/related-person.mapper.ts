import { HouseholdHead, RelatedPerson } from '@interop/contracts';
import { XmlFields } from './xml-fields';

/** Cha, Me, VoChong → RelatedPerson: a name, and an id only for people registered themselves. */
export function mapRelatedPerson(fields: XmlFields | undefined): RelatedPerson | undefined {
  return fields && relatedPerson(fields);
}

/** ChuHo → HouseholdHead, with the citizen's relationship to the head (QuanHe). */
export function mapHouseholdHead(fields: XmlFields | undefined): HouseholdHead | undefined {
  return fields && { ...relatedPerson(fields), relationship: fields.required('QuanHe') };
}

function relatedPerson(fields: XmlFields): RelatedPerson {
  const personalId = fields.optional('SoDinhDanh', /^\d{12}$/, 'be 12 digits');
  return { fullName: fields.required('HoVaTen'), ...(personalId && { personalId }) };
}
