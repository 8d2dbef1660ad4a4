import { MaritalStatusRecord } from '@interop/contracts';
import { Fields, Mapped } from '@interop/adapter-kit';
import { MARITAL_STATUS_OF_CODE } from './civil-status-api.contract';
import { subjectId } from './registration.mapper';

/** A confirmation of marital status (tinh trang hon nhan) as the canonical MaritalStatusRecord. */
export function mapMaritalStatus(body: unknown, askedFor: string): Mapped<MaritalStatusRecord> {
  const fields = Fields.ofJson(body, 'tinhTrangHonNhan');
  const personalId = subjectId(fields, 'soDinhDanh', askedFor);
  // A status the gateway does not know yet is reported as unknown rather than failing a lookup.
  const maritalStatus = fields.code('tinhTrangHonNhan', MARITAL_STATUS_OF_CODE);
  const basedOn = fields.optionalText('canCu');
  return fields.result({
    personalId,
    maritalStatus: maritalStatus ?? 'unknown',
    ...(basedOn && { basedOn }),
  });
}
