import { MarriageHistory, MarriageRegistration } from '@interop/contracts';
import { DAY_MONTH_YEAR, Fields, Mapped, matches } from '@interop/adapter-kit';
import { END_REASON_OF_CODE, MARRIAGE_ENDED } from './civil-status-api.contract';
import { mapPerson, mapRegistration, subjectId } from './registration.mapper';

const MARRIAGE_STATUS = matches(/^[12]$/, 'must be 1 or 2');

/** A person's marriages (ket hon), current and past, as the canonical MarriageHistory, newest first. */
export function mapMarriageHistory(body: unknown, askedFor: string): Mapped<MarriageHistory> {
  const fields = Fields.ofJson(body, 'ketHon');
  const personalId = subjectId(fields, 'soDinhDanh', askedFor);
  const marriages = fields.list('danhSach').map((marriage) => mapMarriage(marriage, askedFor));
  return fields.result({ personalId, marriages: marriages.sort(newestFirst) });
}

function mapMarriage(fields: Fields, askedFor: string): MarriageRegistration {
  const husband = mapPerson(fields.child('chong'));
  const wife = mapPerson(fields.child('vo'));
  const bothRead = husband.fullName !== '' && wife.fullName !== '';
  if (bothRead && husband.personalId !== askedFor && wife.personalId !== askedFor) {
    fields.problem('chong/vo', 'name neither spouse as the person asked for');
  }
  const marriage = { ...mapRegistration(fields), husband, wife };
  const status = fields.text('tinhTrang', MARRIAGE_STATUS);
  if (status !== MARRIAGE_ENDED) return { ...marriage, status: 'current' };
  const endReason = fields.optionalCode(
    'lyDoChamDut',
    END_REASON_OF_CODE,
    'is not a known reason code',
  );
  return {
    ...marriage,
    status: 'ended',
    endedOn: fields.date('ngayChamDut', DAY_MONTH_YEAR),
    ...(endReason && { endReason }),
  };
}

function newestFirst(a: MarriageRegistration, b: MarriageRegistration): number {
  return b.registeredOn.localeCompare(a.registeredOn);
}
