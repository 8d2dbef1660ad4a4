import { DeathRegistration } from '@interop/contracts';
import { DAY_MONTH_YEAR, Fields, Mapped } from '@interop/adapter-kit';
import { mapPerson, mapRegistration, subjectId } from './registration.mapper';

/** A death registration (khai tu) as the canonical DeathRegistration. */
export function mapDeath(body: unknown, askedFor: string): Mapped<DeathRegistration> {
  const fields = Fields.ofJson(body, 'khaiTu');
  const deceased = fields.child('nguoiChet');
  return fields.result({
    ...mapRegistration(fields),
    deceased: { ...mapPerson(deceased), personalId: subjectId(deceased, 'soDinhDanh', askedFor) },
    dateOfDeath: fields.date('ngayChet', DAY_MONTH_YEAR),
    placeOfDeath: fields.text('noiChet'),
  });
}
