import { HouseholdHead, RelatedPerson } from '@interop/contracts';
import { Fields, matches } from '@interop/adapter-kit';

const PERSONAL_ID = matches(/^\d{12}$/, 'must be 12 digits');

/** Cha, Me, VoChong → RelatedPerson: a name, and an id only for people registered themselves. */
export function mapRelatedPerson(fields: Fields | undefined): RelatedPerson | undefined {
  return fields && relatedPerson(fields);
}

/** ChuHo → HouseholdHead, with the citizen's relationship to the head (QuanHe). */
export function mapHouseholdHead(fields: Fields | undefined): HouseholdHead | undefined {
  return fields && { ...relatedPerson(fields), relationship: fields.text('QuanHe') };
}

function relatedPerson(fields: Fields): RelatedPerson {
  const personalId = fields.optionalText('SoDinhDanh', PERSONAL_ID);
  return { fullName: fields.text('HoVaTen'), ...(personalId && { personalId }) };
}
