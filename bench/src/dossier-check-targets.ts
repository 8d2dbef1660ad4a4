import { EnterpriseSample } from '../../apps/upstream-simulator/src/business-registry/business-registry-samples.dto';
import { CivilStatusSamplesResponse } from '../../apps/upstream-simulator/src/civil-status/admin/civil-status-samples.dto';
import { Target } from './load';
import { PURPOSE, Stand } from './stand';

const DOSSIERS = 20;

export interface FanOutTargets {
  /** A dossier check across population, civil status and the business registry. */
  check: Target;
  /** The same applicants verified against the population alone, the slowest source. */
  slowestAlone: Target;
}

async function simulatorGet<T>(stand: Stand, path: string): Promise<T> {
  const response = await fetch(stand.simulatorUrl + path);
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Whether a check of the first dossier answers VERIFIED: all three adapters are up. */
export async function allSourcesAnswer({ check }: FanOutTargets): Promise<boolean> {
  const response = await fetch(check.url + check.path, {
    method: 'POST',
    headers: check.headers,
    body: check.bodies[0],
  });
  const body = (await response.json()) as { data?: { verdict?: string } };
  return response.ok && body.data?.verdict === 'VERIFIED';
}

/**
 * Dossiers of legal representatives of active enterprises whose registers agree, so that every
 * check asks all three sources and answers VERIFIED. Gender, address and marital status come from
 * a population lookup through the gateway, as a dossier core would have them.
 */
export async function fanOutTargets(stand: Stand): Promise<FanOutTargets> {
  const registry = await simulatorGet<{ samples: EnterpriseSample[] }>(
    stand,
    '/_sim/business-registry/samples?status=active&limit=200',
  );
  const mismatches = await simulatorGet<CivilStatusSamplesResponse>(
    stand,
    '/_sim/civil-status/samples?kind=marital-status-mismatch&limit=1000',
  );
  const inconsistent = new Set(mismatches.samples.map(({ personalId }) => personalId));
  const enterprises = registry.samples
    .filter(({ legalRepresentative }) => !inconsistent.has(legalRepresentative.personalId))
    .slice(0, DOSSIERS);
  const dossiers = await Promise.all(
    enterprises.map((enterprise, n) => dossier(stand, enterprise, n)),
  );
  return {
    check: stand.gatewayRequest('/v1/dossier-checks', dossiers),
    slowestAlone: stand.gatewayRequest(
      '/v1/population/citizen-verifications',
      dossiers.map(({ applicant: { personalId, fullName, dateOfBirth } }) => ({
        personalId,
        fullName,
        dateOfBirth,
      })),
    ),
  };
}

async function dossier(stand: Stand, enterprise: EnterpriseSample, n: number) {
  const { personalId, fullName, dateOfBirth } = enterprise.legalRepresentative;
  const identity = { personalId, fullName, dateOfBirth };
  const lookup = stand.gatewayRequest('/v1/population/citizen-lookups', [identity]);
  const response = await fetch(lookup.url + lookup.path, {
    method: 'POST',
    headers: lookup.headers,
    body: lookup.bodies[0],
  });
  if (!response.ok) throw new Error(`the lookup of a representative answered ${response.status}`);
  const { gender, permanentAddress, maritalStatus } = (
    (await response.json()) as {
      data: {
        gender: string;
        maritalStatus: string;
        permanentAddress: { provinceCode: string; communeCode: string };
      };
    }
  ).data;
  return {
    dossierId: `BENCH-${n}`,
    procedureCode: PURPOSE.procedureCode,
    applicant: {
      ...identity,
      gender,
      permanentAddress: {
        provinceCode: permanentAddress.provinceCode,
        communeCode: permanentAddress.communeCode,
      },
    },
    maritalStatus,
    enterprise: { enterpriseCode: enterprise.enterpriseCode },
  };
}
