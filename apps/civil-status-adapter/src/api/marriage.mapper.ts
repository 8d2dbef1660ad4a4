import { MarriageHistory, MarriageRegistration } from '@interop/contracts';
import { codeIn, END_REASON_OF_CODE, MARRIAGE_ENDED } from './civil-status-api.contract';
import { JsonFields } from './json-fields';
import { Mapped, mapPerson, mapRegistration, settle, subjectId } from './registration.mapper';
import { requiredDay } from './wire-dates';

/** A person's marriages (ket hon), current and past, as the canonical MarriageHistory, newest first. */
export function mapMarriageHistory(body: unknown, askedFor: string): Mapped<MarriageHistory> {
  const fields = JsonFields.of(body, 'ketHon');
  const personalId = subjectId(fields, 'soDinhDanh', askedFor);
  const marriages = fields.list('danhSach').map((marriage) => mapMarriage(marriage, askedFor));
  return settle(fields, { personalId, marriages: marriages.sort(newestFirst) });
}

function mapMarriage(fields: JsonFields, askedFor: string): MarriageRegistration {
  const husband = mapPerson(fields.requiredChild('chong'));
  const wife = mapPerson(fields.requiredChild('vo'));
  const bothRead = husband.fullName !== '' && wife.fullName !== '';
  if (bothRead && husband.personalId !== askedFor && wife.personalId !== askedFor) {
    fields.problem('chong/vo', 'name neither spouse as the person asked for');
  }
  const marriage = { ...mapRegistration(fields), husband, wife };
  const status = fields.required('tinhTrang', /^[12]$/, 'be 1 or 2');
  if (status !== MARRIAGE_ENDED) return { ...marriage, status: 'current' };
  const reasonCode = fields.optional('lyDoChamDut');
  const endReason = reasonCode === undefined ? undefined : codeIn(END_REASON_OF_CODE, reasonCode);
  if (reasonCode && !endReason) fields.problem('lyDoChamDut', 'is not a known reason code');
  return {
    ...marriage,
    status: 'ended',
    endedOn: requiredDay(fields, 'ngayChamDut'),
    ...(endReason && { endReason }),
  };
}

function newestFirst(a: MarriageRegistration, b: MarriageRegistration): number {
  return b.registeredOn.localeCompare(a.registeredOn);
}
