import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GRANT_TARGETS } from './operation-ref';
import { IsOperationRef } from './operation-ref.validator';

export const ROLES = ['ops', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Caller ids travel as `x-requester`: the characters and length of the Kafka header. */
export const CALLER_ID = /^[\w.:/-]{1,64}$/;
const API_KEY_ID = /^[A-Za-z0-9]{8,32}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** A field path of an answer: `fullName`, `child.personalId`, `marriages.spouse.fullName`. */
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

export class ApiKeyEntry {
  /** The key's public id, printed inside the key itself; several per caller allow rotation. */
  @Matches(API_KEY_ID, { message: 'apiKeys[].id must be 8-32 letters and digits' })
  id: string;

  /** Lower-case hex SHA-256 of the whole key: the key itself is never stored. */
  @Matches(SHA256_HEX, { message: 'apiKeys[].sha256 must be 64 lower-case hex digits' })
  sha256: string;

  /** ISO 8601 instant after which the key is refused. */
  @IsOptional()
  @IsISO8601({ strict: true })
  expires?: string;
}

export class GrantEntry {
  /** `source:operation`, or `source:*` for every operation of the source. */
  @IsOperationRef()
  operation: string;

  /** When present, the only fields of the answer the caller receives (data minimisation). */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @Matches(FIELD_PATH, { each: true, message: 'fields must be dotted field paths' })
  fields?: string[];
}

export class QuotaEntry {
  /** A source, `dossier-checks`, or `*` for every one the caller is not given its own quota for. */
  @IsIn([...GRANT_TARGETS, '*'])
  source: string;

  /** Sustained requests per minute. */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  perMinute: number;

  /** Requests that may come at once after a quiet spell. */
  @IsInt()
  @Min(1)
  @Max(100_000)
  burst: number;
}

export class CallerEntry {
  @Matches(CALLER_ID, { message: 'callers[].id must be 1-64 letters, digits, . _ - : /' })
  id: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  description?: string;

  @IsOptional()
  @IsArray()
  @IsIn(ROLES, { each: true })
  roles: Role[] = [];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApiKeyEntry)
  apiKeys: ApiKeyEntry[] = [];

  /** Values of the configured JWT caller claim (`azp`, `client_id`...) that are this caller. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  oauthClients: string[] = [];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => GrantEntry)
  grants: GrantEntry[] = [];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => QuotaEntry)
  quotas: QuotaEntry[] = [];
}

export class DefaultQuota {
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  perMinute: number;

  @IsInt()
  @Min(1)
  @Max(100_000)
  burst: number;
}

/** The access policy file (config/access-policy.*.yaml), as written by the province. */
export class AccessPolicyDocument {
  @IsIn([1], { message: 'version must be 1' })
  version: number;

  /** Marks a policy with published demo keys: the gateway warns at every load. */
  @IsOptional()
  @IsBoolean()
  demo: boolean = false;

  /** Per caller and source, unless the caller's `quotas` say otherwise. */
  @ValidateNested()
  @Type(() => DefaultQuota)
  defaultQuota: DefaultQuota;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CallerEntry)
  callers: CallerEntry[];
}
