import { ProtocolFaultResponses, SimulatedResponse } from '../common/simulated-response';
import { LoiJson } from './wire/civil-status.wire';

const JSON_TYPE = 'application/json; charset=utf-8';
/** Quotas are counted per minute: a refused requester may try again within one. */
const QUOTA_RETRY_AFTER_SECONDS = 60;

export function jsonResponse(
  status: number,
  body: object,
  headers?: Record<string, string>,
): SimulatedResponse {
  return {
    status,
    contentType: JSON_TYPE,
    body: JSON.stringify(body),
    ...(headers && { headers }),
  };
}

/** The service's own error body; its messages never repeat the values sent. */
export function serviceError(status: number, maLoi: string, moTaLoi: string): SimulatedResponse {
  const body: LoiJson = { maLoi, moTaLoi };
  return jsonResponse(status, body);
}

export const notFound = (what: string) =>
  serviceError(404, 'KHONG_TIM_THAY', `Không tìm thấy thông tin ${what}`);

export const invalidRequest = (reason: string) => serviceError(400, 'YEU_CAU_KHONG_HOP_LE', reason);

/** How the civil-status service answers the faults that fault injection triggers. */
export const CIVIL_STATUS_FAULT_RESPONSES: ProtocolFaultResponses = {
  serverError: () => serviceError(500, 'LOI_HE_THONG', 'Lỗi hệ thống, vui lòng thử lại sau'),
  quotaExhausted: () => ({
    ...serviceError(429, 'VUOT_HAN_MUC', 'Đã vượt hạn mức truy vấn, vui lòng thử lại sau'),
    headers: { 'Retry-After': String(QUOTA_RETRY_AFTER_SECONDS) },
  }),
};
