import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ENTERPRISE_STANDINGS, EnterpriseStanding } from './synthetic/synthetic-enterprise';

export class BusinessRegistrySamplesQueryDto {
  /** How many enterprises to return. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 20;

  /** Position of the first enterprise returned, in code order, among those of `status`. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;

  /** Only enterprises with this legal status (the gateway's names for them, e.g. `dissolved`). */
  @IsOptional()
  @IsIn(ENTERPRISE_STANDINGS)
  status?: EnterpriseStanding;
}

/** Enough about one enterprise to make valid calls and to check who represents it. */
export interface EnterpriseSample {
  enterpriseCode: string;
  name: string;
  foreignName?: string;
  shortName?: string;
  legalForm: string;
  status: EnterpriseStanding;
  provinceName: string;
  /** A citizen of the population: query the population database with these to check them. */
  legalRepresentative: {
    personalId: string;
    fullName: string;
    /** `YYYY-MM-DD`, or `YYYY` for a year-only registration, as the gateway's DTOs take it. */
    dateOfBirth: string;
    position: string;
  };
  branchCodes: string[];
}

export interface BranchSample {
  branchCode: string;
  enterpriseCode: string;
  status: EnterpriseStanding;
}

export interface BusinessRegistrySamplesResponse {
  samples: EnterpriseSample[];
  /** Enterprises of the requested status (all of them without one). */
  total: number;
  offset: number;
  limit: number;
  /** Codes with a valid check digit that belong to no enterprise, for not-found tests. */
  unknownEnterpriseCodes: readonly string[];
  /** Some branch codes, with the enterprise each belongs to. */
  branchSamples: BranchSample[];
}
