import { EnterpriseNames, EnterpriseStatus, parseEnterpriseCode } from '@interop/contracts';
import { Fields, ValueCheck } from '@interop/adapter-kit';
import { STATUS_OF_CODE } from './registry-api.contract';

/** A ten-digit enterprise code with a valid check digit: not a branch code. */
export const enterpriseCodeCheck: ValueCheck = (value) => {
  const parsed = parseEnterpriseCode(value);
  if (!parsed.ok) return parsed.reason;
  return parsed.value.unitNumber ? 'must be an enterprise code, not a branch code' : undefined;
};

/** tinhTrang{ma, ten}: the code decides; a code the gateway does not know fails the answer. */
export function mapStatus(fields: Fields, name: string): EnterpriseStatus {
  return fields.child(name).code('ma', STATUS_OF_CODE, 'is not a known status code') ?? 'active';
}

export function mapNames(fields: Fields): EnterpriseNames {
  const foreign = fields.optionalText('tenNuocNgoai');
  const short = fields.optionalText('tenVietTat');
  return {
    vietnamese: fields.text('tenDoanhNghiep'),
    ...(foreign && { foreign }),
    ...(short && { short }),
  };
}
