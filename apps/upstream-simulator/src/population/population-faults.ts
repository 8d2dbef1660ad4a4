import { ProtocolFaultResponses, SimulatedResponse } from '../common/simulated-response';
import { soapFaultResponse } from '../soap/soap-envelope';
import { FaultCode, POPULATION_NAMESPACE } from './population-soap.contract';

export function populationFault(
  faultcode: 'soap:Client' | 'soap:Server',
  code: FaultCode,
  message: string,
): SimulatedResponse {
  return soapFaultResponse({
    faultcode,
    faultstring: message,
    detail: { LoiDichVu: { '@xmlns': POPULATION_NAMESPACE, MaLoi: code, MoTaLoi: message } },
  });
}

export const invalidRequest = (message: string) =>
  populationFault('soap:Client', FaultCode.InvalidRequest, message);

/** How the population database answers the faults that fault injection triggers. */
export const POPULATION_FAULT_RESPONSES: ProtocolFaultResponses = {
  serverError: () =>
    populationFault('soap:Server', FaultCode.SystemError, 'Lỗi hệ thống, vui lòng thử lại sau'),
  quotaExhausted: () =>
    populationFault('soap:Client', FaultCode.QuotaExceeded, 'Đã vượt hạn mức truy vấn trong ngày'),
};
