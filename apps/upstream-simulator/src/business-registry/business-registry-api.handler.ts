import { SimulatedResponse } from '../common/simulated-response';
import { isAcceptedApiKey } from './api-key';
import { RegistryError, PURPOSE_PARAMETERS } from './business-registry-api.contract';
import { errorResponse, invalidRequest, jsonResponse } from './business-registry-responses';
import { EnterpriseRegistry } from './enterprise-registry';
import { enterpriseJson, summaryJson } from './enterprise.json-view';
import { parseSearchQuery } from './search-query';

export interface BusinessRegistryContext {
  registry: EnterpriseRegistry;
  apiKey: string;
}

/** What the handlers read of an HTTP request: the API key header and the query string. */
export interface ApiRequest {
  apiKey?: string;
  query: Record<string, unknown>;
}

const ENTERPRISE_OR_BRANCH_CODE = /^\d{10}(-\d{3})?$/;

/**
 * The business registry's endpoints as pure functions of the request, so that the adapter's
 * mapping can be tested against them without a server.
 */
export function handlePing(request: ApiRequest, context: BusinessRegistryContext) {
  return authenticated(request, context, () => jsonResponse({ trangThai: 'HOAT_DONG' }));
}

/** GET doanh-nghiep/{maSo}: an enterprise, or for a branch code the enterprise it belongs to. */
export function handleLookup(
  request: ApiRequest & { maSo: string },
  context: BusinessRegistryContext,
): SimulatedResponse {
  return authenticatedWithPurpose(request, context, () => {
    if (!ENTERPRISE_OR_BRANCH_CODE.test(request.maSo)) {
      return invalidRequest(
        'maSo phải gồm 10 chữ số, hoặc mã đơn vị phụ thuộc dạng 10 chữ số-3 chữ số',
      );
    }
    const enterprise = context.registry.find(request.maSo);
    return enterprise
      ? jsonResponse(enterpriseJson(enterprise))
      : errorResponse(RegistryError.NotFound, 'Không tìm thấy doanh nghiệp có mã số đã cho');
  });
}

/** GET doanh-nghiep?ten=&trang=&soBanGhi=: one page of the enterprises whose names match. */
export function handleSearch(
  request: ApiRequest,
  context: BusinessRegistryContext,
): SimulatedResponse {
  return authenticatedWithPurpose(request, context, () => {
    const parsed = parseSearchQuery(request.query);
    if (!parsed.ok) return invalidRequest(parsed.problem);
    const { ten, trang, soBanGhi } = parsed.query;
    const { total, items } = context.registry.search(ten, trang, soBanGhi);
    return jsonResponse({
      tongSoBanGhi: total,
      trang,
      soBanGhi,
      danhSach: items.map(summaryJson),
    });
  });
}

/** The key is checked before anything else, so that an unauthenticated caller learns nothing. */
function authenticated(
  request: ApiRequest,
  context: BusinessRegistryContext,
  answer: () => SimulatedResponse,
): SimulatedResponse {
  return isAcceptedApiKey(request.apiKey, context.apiKey)
    ? answer()
    : errorResponse(RegistryError.Authentication, 'Thiếu hoặc sai khóa truy cập (X-API-Key)');
}

/** Data requests must say who asks and under which procedure. */
function authenticatedWithPurpose(
  request: ApiRequest,
  context: BusinessRegistryContext,
  answer: () => SimulatedResponse,
): SimulatedResponse {
  return authenticated(request, context, () => {
    const missing = PURPOSE_PARAMETERS.filter((name) => !nonEmptyText(request.query[name]));
    return missing.length > 0
      ? invalidRequest(`Thiếu tham số bắt buộc: ${missing.join(', ')}`)
      : answer();
  });
}

const nonEmptyText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
