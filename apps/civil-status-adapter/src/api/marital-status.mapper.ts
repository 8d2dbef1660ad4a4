import { MaritalStatusRecord } from '@interop/contracts';
import { codeIn, MARITAL_STATUS_OF_CODE } from './civil-status-api.contract';
import { JsonFields } from './json-fields';
import { Mapped, settle, subjectId } from './registration.mapper';

/** A confirmation of marital status (tinh trang hon nhan) as the canonical MaritalStatusRecord. */
export function mapMaritalStatus(body: unknown, askedFor: string): Mapped<MaritalStatusRecord> {
  const fields = JsonFields.of(body, 'tinhTrangHonNhan');
  const personalId = subjectId(fields, 'soDinhDanh', askedFor);
  // A status the gateway does not know yet is reported as unknown rather than failing a lookup.
  const maritalStatus = codeIn(MARITAL_STATUS_OF_CODE, fields.required('tinhTrangHonNhan'));
  const basedOn = fields.optional('canCu');
  return settle(fields, {
    personalId,
    maritalStatus: maritalStatus ?? 'unknown',
    ...(basedOn && { basedOn }),
  });
}
