import { SourceName } from './sources';

/** Operations of the population source, carried in `RequestMessage.operation`. */
export const PopulationOperation = {
  CitizenLookup: 'citizen.lookup',
  CitizenVerify: 'citizen.verify',
} as const;

/** Operations of the civil-status source. Payload: `PersonalIdQueryDto`. */
export const CivilStatusOperation = {
  BirthLookup: 'birth.lookup',
  MarriageLookup: 'marriage.lookup',
  DeathLookup: 'death.lookup',
  MaritalStatusLookup: 'marital-status.lookup',
} as const;

/** Operations of the business-registry source. */
export const BusinessRegistryOperation = {
  /**
   * Payload `EnterpriseLookupDto`, data `Enterprise`. For a branch code, the enterprise the branch
   * belongs to, the branch among its `branches`.
   */
  EnterpriseLookup: 'enterprise.lookup',
  /** Payload `EnterpriseSearchDto`, data `EnterpriseSearchPage`. */
  EnterpriseSearch: 'enterprise.search',
} as const;

/**
 * Every adapter answers this with its self-check (a cheap call to its upstream); the gateway's
 * health endpoint is built on it. Payload: `{}`. Data: `SelfCheckResult`.
 */
export const HEALTH_CHECK_OPERATION = 'health.check';

export interface SelfCheckResult {
  healthy: boolean;
  /** How long the upstream took to answer the self-check. */
  latencyMs: number;
  /** Why the check failed; never personal data. */
  detail?: string;
  /** Whether the adapter's circuit breaker towards its upstream is open. */
  circuitOpen: boolean;
}

/** Every operation each source answers, health checks aside: the vocabulary of access grants. */
export const SOURCE_OPERATIONS = {
  population: Object.values(PopulationOperation),
  'civil-status': Object.values(CivilStatusOperation),
  'business-registry': Object.values(BusinessRegistryOperation),
} as const satisfies Record<SourceName, readonly string[]>;
