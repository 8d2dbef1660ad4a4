import { ProtocolFaultResponses, SimulatedResponse } from '../common/simulated-response';
import { RegistryError } from './business-registry-api.contract';

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
/** The quota is daily; a minute is what the registry tells a caller to wait before asking again. */
const QUOTA_RETRY_AFTER_SECONDS = 60;

export function jsonResponse(body: unknown, status = 200): SimulatedResponse {
  return { status, contentType: JSON_CONTENT_TYPE, body: JSON.stringify(body) };
}

/** `{ maLoi, thongBao }` with the code's status; the message never repeats the values sent. */
export function errorResponse(
  code: RegistryError,
  thongBao: string,
  headers?: Record<string, string>,
): SimulatedResponse {
  return { ...jsonResponse({ maLoi: code.maLoi, thongBao }, code.status), headers };
}

export const invalidRequest = (thongBao: string) =>
  errorResponse(RegistryError.InvalidRequest, thongBao);

/** How the business registry answers the faults that fault injection triggers. */
export const BUSINESS_REGISTRY_FAULT_RESPONSES: ProtocolFaultResponses = {
  serverError: () => errorResponse(RegistryError.SystemError, 'Lỗi hệ thống, vui lòng thử lại sau'),
  quotaExhausted: () =>
    errorResponse(RegistryError.QuotaExceeded, 'Đã vượt hạn mức truy vấn trong ngày', {
      'Retry-After': String(QUOTA_RETRY_AFTER_SECONDS),
    }),
};
