import { ErrorCode } from '@interop/contracts';

/** The access key and secret the population database issued to this gateway. */
export interface PopulationCredentials {
  accessKey: string;
  secretKey: string;
}

/** Who asks, under which procedure, for which dossier: the database requires it on every call. */
export interface PurposeOfUse {
  /** The requesting system or agency (MaDonVi). */
  requester: string;
  /** The officer handling the dossier (MaCanBo). */
  officerId: string;
  /** The administrative procedure (MaThuTuc). */
  procedureCode: string;
  /** The dossier (MaYeuCau), when the request is made for one. */
  dossierId?: string;
  /** Sent as MaGiaoDich, which the database echoes, to trace a call across both sides. */
  correlationId: string;
}

/** What one SOAP answer means, as a value: the adapter decides what to do with it. */
export type SoapOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'not-found' }
  /** The service refused or failed; the message never carries personal data. */
  | { kind: 'fault'; code: ErrorCode; message: string }
  /** The answer could not be trusted: not XML, or missing or malformed required fields. */
  | { kind: 'invalid'; reason: string };
