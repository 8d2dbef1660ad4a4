import { DeathRegistration } from '@interop/contracts';
import { JsonFields } from './json-fields';
import { Mapped, mapPerson, mapRegistration, settle, subjectId } from './registration.mapper';
import { requiredDay } from './wire-dates';

/** A death registration (khai tu) as the canonical DeathRegistration. */
export function mapDeath(body: unknown, askedFor: string): Mapped<DeathRegistration> {
  const fields = JsonFields.of(body, 'khaiTu');
  const deceased = fields.requiredChild('nguoiChet');
  return settle(fields, {
    ...mapRegistration(fields),
    deceased: { ...mapPerson(deceased), personalId: subjectId(deceased, 'soDinhDanh', askedFor) },
    dateOfDeath: requiredDay(fields, 'ngayChet'),
    placeOfDeath: fields.required('noiChet'),
  });
}
