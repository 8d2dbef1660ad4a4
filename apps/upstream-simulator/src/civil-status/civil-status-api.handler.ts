import { SimulatedResponse } from '../common/simulated-response';
import { invalidRequest, jsonResponse, notFound } from './civil-status-responses';
import { bearerRefusal } from './oauth/bearer-authorization';
import { AccessTokens } from './oauth/access-tokens';
import { CivilStatusRegister } from './register/civil-status-register';
import {
  birthJson,
  deathJson,
  maritalStatusJson,
  marriagesJson,
} from './wire/civil-status.json-views';

/** The resources of the civil-status API, each read by an identification number. */
export type CivilStatusResource = 'birth' | 'marriages' | 'death' | 'marital-status';

/**
 * The purpose of use every query must state, as headers: the requesting agency (X-Ma-Don-Vi),
 * the officer (X-Ma-Can-Bo) and the administrative procedure (X-Ma-Thu-Tuc).
 */
export const PURPOSE_HEADERS = ['x-ma-don-vi', 'x-ma-can-bo', 'x-ma-thu-tuc'] as const;

export interface CivilStatusHttpRequest {
  /** By lower-case name: `authorization` (`Bearer <token>`) and the purpose of use. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  personalId?: unknown;
}

export interface CivilStatusApiContext {
  register: CivilStatusRegister;
  tokens: AccessTokens;
}

type Reader = (personalId: string, register: CivilStatusRegister) => SimulatedResponse;

const READERS: Record<CivilStatusResource, Reader> = {
  birth: (personalId, register) => {
    const birth = register.birthOf(personalId);
    return birth ? jsonResponse(200, birthJson(birth)) : notFound('khai sinh');
  },
  marriages: (personalId, register) =>
    register.knows(personalId)
      ? jsonResponse(200, marriagesJson(personalId, register.marriagesOf(personalId)))
      : notFound('công dân'),
  death: (personalId, register) => {
    const death = register.deathOf(personalId);
    return death ? jsonResponse(200, deathJson(death)) : notFound('khai tử');
  },
  'marital-status': (personalId, register) => {
    const finding = register.maritalStatusOf(personalId);
    const name = register.nameOf(personalId);
    return finding && name
      ? jsonResponse(200, maritalStatusJson(personalId, name, finding))
      : notFound('tình trạng hôn nhân');
  },
};

/**
 * The civil-status API as a pure function of the HTTP request, so that the adapter's mapping
 * can be tested against it without a server: the bearer token first, then the purpose of use,
 * then the query.
 */
export function handleCivilStatusRequest(
  resource: CivilStatusResource,
  http: CivilStatusHttpRequest,
  context: CivilStatusApiContext,
): SimulatedResponse {
  const refusal = bearerRefusal(http.headers.authorization, context.tokens);
  if (refusal) return refusal;
  if (PURPOSE_HEADERS.some((name) => !http.headers[name])) {
    return invalidRequest('Thiếu mục đích sử dụng (X-Ma-Don-Vi, X-Ma-Can-Bo, X-Ma-Thu-Tuc)');
  }
  if (typeof http.personalId !== 'string' || !/^\d{12}$/.test(http.personalId)) {
    return invalidRequest('soDinhDanh phải gồm đúng 12 chữ số');
  }
  return READERS[resource](http.personalId, context.register);
}

/** An authenticated call that reads no record: what adapters' self-checks use. */
export function handleConnectionCheck(
  http: CivilStatusHttpRequest,
  context: CivilStatusApiContext,
): SimulatedResponse {
  return (
    bearerRefusal(http.headers.authorization, context.tokens) ??
    jsonResponse(200, { trangThai: 'HOAT_DONG' })
  );
}
