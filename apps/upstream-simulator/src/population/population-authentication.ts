import { createHash, timingSafeEqual } from 'node:crypto';
import { SimulatedResponse } from '../common/simulated-response';
import { childOf, textOf, XmlElement } from '../soap/soap-envelope';
import { populationFault } from './population-faults';
import { FaultCode } from './population-soap.contract';

/** The access key and secret the population database issues to a requesting agency. */
export interface PopulationCredentials {
  accessKey: string;
  secretKey: string;
}

/**
 * Checks the `AuthHeader` SOAP header. Missing and wrong credentials share one fault code, and
 * the answer never says whether the access key or the secret was wrong.
 */
export function authenticationFault(
  header: XmlElement,
  expected: PopulationCredentials,
): SimulatedResponse | undefined {
  const auth = childOf(header, 'AuthHeader');
  const accessKey = textOf(auth, 'AccessKey');
  const secretKey = textOf(auth, 'SecretKey');
  if (accessKey === undefined || secretKey === undefined) {
    return fault('Thiếu thông tin xác thực (AuthHeader: AccessKey, SecretKey)');
  }
  const valid =
    sameSecret(accessKey, expected.accessKey) && sameSecret(secretKey, expected.secretKey);
  return valid ? undefined : fault('Thông tin xác thực không hợp lệ');
}

const fault = (message: string) =>
  populationFault('soap:Client', FaultCode.Authentication, message);

/** Constant-time comparison, so that response timing does not leak the secret. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
