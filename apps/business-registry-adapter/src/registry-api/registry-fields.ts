import { EnterpriseNames, EnterpriseStatus, parseEnterpriseCode } from '@interop/contracts';
import { JsonFields, ValueCheck } from './json-fields';
import { codeIn, STATUS_OF_CODE } from './registry-api.contract';
import { isoOfWireDate, wireDateCheck } from './wire-date';

/** A ten-digit enterprise code with a valid check digit: not a branch code. */
export const enterpriseCodeCheck: ValueCheck = (value) => {
  const parsed = parseEnterpriseCode(value);
  if (!parsed.ok) return parsed.reason;
  return parsed.value.unitNumber ? 'must be an enterprise code, not a branch code' : undefined;
};

/** tinhTrang{ma, ten}: the code decides; a code the gateway does not know fails the answer. */
export function mapStatus(fields: JsonFields, name: string): EnterpriseStatus {
  const status = fields.child(name);
  const code = status.text('ma');
  const known = codeIn(STATUS_OF_CODE, code);
  if (code && !known) status.problem('ma', 'is not a known status code');
  return known ?? 'active';
}

export function mapNames(fields: JsonFields): EnterpriseNames {
  const foreign = fields.optionalText('tenNuocNgoai');
  const short = fields.optionalText('tenVietTat');
  return {
    vietnamese: fields.text('tenDoanhNghiep'),
    ...(foreign && { foreign }),
    ...(short && { short }),
  };
}

/** A dd/MM/yyyy date as ISO. */
export function mapDate(fields: JsonFields, name: string): string {
  return isoOfWireDate(fields.text(name, wireDateCheck)) ?? '';
}
