import { CitizenQueryDto } from '@interop/contracts';
import { buildSoapEnvelope, COMPACT_DATE_OF_BIRTH, wireText } from '@interop/adapter-kit';
import { Operation, POPULATION_NAMESPACE } from './population-soap.contract';
import { PopulationCredentials, PurposeOfUse } from './soap-codec.types';

export function buildLookupEnvelope(
  query: CitizenQueryDto,
  credentials: PopulationCredentials,
  purpose: PurposeOfUse,
): string {
  return envelope(credentials, Operation.lookup, identityRequest(query, purpose));
}

export function buildVerifyEnvelope(
  query: CitizenQueryDto,
  credentials: PopulationCredentials,
  purpose: PurposeOfUse,
): string {
  return envelope(credentials, Operation.verify, identityRequest(query, purpose));
}

/** The cheapest authenticated call: it proves the endpoint answers and the credentials work. */
export function buildConnectionCheckEnvelope(credentials: PopulationCredentials): string {
  return envelope(credentials, Operation.connectionCheck, {});
}

function envelope(
  credentials: PopulationCredentials,
  operation: Operation,
  parameters: Record<string, string | undefined>,
): string {
  const authHeader = {
    '@xmlns': POPULATION_NAMESPACE,
    AccessKey: wireText(credentials.accessKey),
    SecretKey: wireText(credentials.secretKey),
  };
  return buildSoapEnvelope(
    { AuthHeader: authHeader },
    { [operation]: { '@xmlns': POPULATION_NAMESPACE, ...parameters } },
  );
}

/** The identity to match, then the purpose of use; an absent dossier id is left out. */
function identityRequest(query: CitizenQueryDto, purpose: PurposeOfUse) {
  return {
    SoDinhDanh: query.personalId,
    HoVaTen: wireText(query.fullName),
    NgayThangNamSinh: COMPACT_DATE_OF_BIRTH.fromIso(query.dateOfBirth),
    MaDonVi: wireText(purpose.requester),
    MaCanBo: wireText(purpose.officerId),
    MaThuTuc: wireText(purpose.procedureCode),
    MaYeuCau: purpose.dossierId === undefined ? undefined : wireText(purpose.dossierId),
    MaGiaoDich: wireText(purpose.correlationId),
  };
}
