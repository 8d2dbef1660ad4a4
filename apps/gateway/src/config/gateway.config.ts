import { GATEWAY_GROUP_ID } from '@interop/contracts';
import { AuditTrailConfig } from '@interop/platform';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { LogLevel } from '@nestjs/common';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const KAFKA_NAME = /^[\w.-]{1,100}$/;
const ALGORITHM = '(RS|PS|ES)(256|384|512)|EdDSA';

/** Published demo keys: loaded by default only outside production. */
export const DEMO_ACCESS_POLICY_FILE = 'config/access-policy.demo.yaml';

/** The gateway's environment, validated once at boot; each property is the variable's name. */
export class GatewayConfig extends AuditTrailConfig {
  /** HTTP port to listen on; 0 picks a free port. */
  @IsInt()
  @Min(0)
  @Max(65535)
  GATEWAY_PORT: number = 3000;

  /** Interface to listen on; 0.0.0.0 accepts connections from other hosts. */
  @IsString()
  @IsNotEmpty()
  GATEWAY_HOST: string = '127.0.0.1';

  /** How long a caller waits for a source, counted from the moment its request arrived. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  REQUEST_DEADLINE_MS: number = 5000;

  /**
   * How often the gateway assesses every connector when nobody asks (a self-check through the
   * cache, the consumer groups), and samples its traffic for the history.
   */
  @IsInt()
  @Min(100)
  HEALTH_PROBE_INTERVAL_MS: number = 5000;

  /** How long a self-check may take before the probe counts as unanswered. */
  @IsInt()
  @Min(100)
  HEALTH_PROBE_TIMEOUT_MS: number = 3000;

  /** A source with no reply of any kind for this long, and an unanswered self-check, is DOWN. */
  @IsInt()
  @Min(100)
  HEALTH_STALE_AFTER_MS: number = 30_000;

  /**
   * How long a passed self-check, and the view of the consumer groups, is reused before the
   * source is asked again, however many ask for health (X-Road's 2 s).
   */
  @IsInt()
  @Min(0)
  HEALTH_CACHE_OK_MS: number = 2000;

  /**
   * How long a failed self-check is reused: a storm of health checks of a failing source is no
   * storm of calls to it (X-Road's 30 s). Recovery shows this much later at most.
   */
  @IsInt()
  @Min(0)
  HEALTH_CACHE_FAILURE_MS: number = 30_000;

  /** The window over which a connector's error rate and p95 latency are judged. */
  @IsInt()
  @Min(1000)
  HEALTH_WINDOW_MS: number = 60_000;

  /** Share of a window's requests that failed above which the connector is DEGRADED. */
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  HEALTH_ERROR_RATE_THRESHOLD: number = 0.05;

  /** Fewer requests in the window say nothing of the error rate or the p95. */
  @IsInt()
  @Min(1)
  HEALTH_MIN_REQUESTS: number = 10;

  /** Requests waiting on a source's request topic above which its connector is DEGRADED. */
  @IsInt()
  @Min(0)
  HEALTH_MAX_CONSUMER_LAG: number = 100;

  /** How much traffic history is kept per connector, for the ops page's sparklines. */
  @IsInt()
  @Min(60_000)
  @Max(86_400_000)
  HEALTH_HISTORY_MS: number = 900_000;

  /** The Retry-After, in seconds, of a request refused for a maintenance with no end set. */
  @IsInt()
  @Min(1)
  @Max(86_400)
  MAINTENANCE_RETRY_AFTER_S: number = 300;

  /** How long GET /health waits for the Kafka cluster to describe itself. */
  @IsInt()
  @Min(100)
  KAFKA_CHECK_TIMEOUT_MS: number = 1000;

  /** How long start-up waits for Kafka and for this replica's reply partitions before giving up. */
  @IsInt()
  @Min(1000)
  KAFKA_STARTUP_TIMEOUT_MS: number = 30_000;

  /** Kafka client id of this gateway, as broker logs and quotas see it. */
  @Matches(KAFKA_NAME, { message: 'KAFKA_CLIENT_ID must be 1-100 letters, digits, . _ -' })
  KAFKA_CLIENT_ID: string = 'interop-gateway';

  /**
   * Consumer group of the reply consumer, shared by all replicas so they split the reply
   * partitions; the dossier checks' group adds `.dossier-checks`. The gateway's ACLs cover
   * groups starting with `interop-gateway`.
   */
  @Matches(KAFKA_NAME, { message: 'KAFKA_GROUP_ID must be 1-100 letters, digits, . _ -' })
  KAFKA_GROUP_ID: string = GATEWAY_GROUP_ID;

  /** The x-requester the gateway's own health probes carry. */
  @Matches(/^[\w.:/-]{1,64}$/, {
    message: 'GATEWAY_REQUESTER_ID must be 1-64 letters, digits, . _ - : /',
  })
  GATEWAY_REQUESTER_ID: string = 'interop-gateway';

  /**
   * The access policy (YAML or JSON): callers, their credentials, roles, grants and quotas.
   * Reloaded when it changes. Outside production it defaults to the demo policy.
   */
  @ValidateIf((config: GatewayConfig) => config.NODE_ENV === 'production')
  @IsNotEmpty({
    message: 'ACCESS_POLICY_FILE is required when NODE_ENV=production: name the policy to enforce',
  })
  ACCESS_POLICY_FILE?: string;

  /** Which source operations each administrative procedure may use. Reloaded when it changes. */
  @IsString()
  @IsNotEmpty()
  PROCEDURE_CATALOGUE_FILE: string = 'config/procedure-catalogue.yaml';

  /** JWKS of the identity provider whose JWTs are accepted; unset, only API keys are. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  OIDC_JWKS_URL?: string;

  /** The `iss` every accepted JWT must carry. */
  @ValidateIf((config: GatewayConfig) => config.OIDC_JWKS_URL !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'OIDC_ISSUER is required with OIDC_JWKS_URL' })
  OIDC_ISSUER?: string;

  /** The `aud` every accepted JWT must carry: this gateway's identifier at the provider. */
  @ValidateIf((config: GatewayConfig) => config.OIDC_JWKS_URL !== undefined)
  @IsString()
  @IsNotEmpty({ message: 'OIDC_AUDIENCE is required with OIDC_JWKS_URL' })
  OIDC_AUDIENCE?: string;

  /** Signature algorithms accepted, comma-separated; asymmetric only, so no key is ever shared. */
  @Matches(new RegExp(`^(${ALGORITHM})(,(${ALGORITHM}))*$`), {
    message: 'OIDC_ALGORITHMS must be a comma-separated list of RS256..PS512, ES256..ES512, EdDSA',
  })
  OIDC_ALGORITHMS: string = 'RS256,PS256,ES256,EdDSA';

  /** The claim naming the calling system: `azp` (OIDC), `client_id` (RFC 9068) or another. */
  @Matches(/^[\w.-]{1,64}$/, { message: 'OIDC_CALLER_CLAIM must be a claim name' })
  OIDC_CALLER_CLAIM: string = 'azp';

  /** Clock skew tolerated on `exp` and `nbf`, in seconds. */
  @IsInt()
  @Min(0)
  @Max(300)
  OIDC_CLOCK_TOLERANCE_S: number = 30;

  /** How long a fetched JWKS is used before it is fetched again. */
  @IsInt()
  @Min(1000)
  OIDC_JWKS_CACHE_MS: number = 600_000;

  /** The least time between two fetches of the JWKS, however many unknown `kid`s arrive. */
  @IsInt()
  @Min(0)
  OIDC_JWKS_COOLDOWN_MS: number = 30_000;

  /** The audit log's internal query API, which the auditors' routes ask. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  AUDIT_LOG_URL: string = 'http://127.0.0.1:3100';

  /** The bearer token of the audit log's query API; unset, the auditors' routes answer 503. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'AUDIT_QUERY_TOKEN must be at least 32 characters' })
  AUDIT_QUERY_TOKEN?: string;

  /** Most verbose level logged: fatal, error, warn, log (info), debug or verbose. Personal data is masked above debug. */
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'log';

  /** The policy file in force: the one named, or outside production the demo policy. */
  get accessPolicyFile(): string {
    return this.ACCESS_POLICY_FILE ?? DEMO_ACCESS_POLICY_FILE;
  }

  get oidcAlgorithms(): string[] {
    return this.OIDC_ALGORITHMS.split(',');
  }
}
