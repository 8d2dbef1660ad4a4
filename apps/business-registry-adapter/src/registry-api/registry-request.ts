import { CallContext, UpstreamRequest } from '@interop/adapter-kit';

/**
 * A GET to the registry. The answer is read as text and parsed by the adapter, so that a body
 * that is not JSON is told apart from a JSON value.
 */
export function registryRequest(
  url: string,
  params: Record<string, string | number | undefined> = {},
): UpstreamRequest {
  return {
    method: 'GET',
    url,
    params,
    headers: { Accept: 'application/json' },
    responseType: 'text',
  };
}

/** The registry requires the purpose of use on every data request: who asks, why, for which dossier. */
export function purposeOf(context: CallContext): Record<string, string | undefined> {
  return {
    maDonVi: context.requester,
    maCanBo: context.officerId,
    maThuTuc: context.procedureCode,
    maHoSo: context.dossierId,
    maGiaoDich: context.correlationId,
  };
}
