import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class PopulationSamplesQueryDto {
  /** How many citizens to return. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 20;

  /** Position of the first citizen returned, in generation order. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}

/** Enough about one citizen to make valid calls and to check family links and spellings. */
export interface PopulationSample {
  personalId: string;
  fullName: string;
  /** `YYYY-MM-DD`, or `YYYY` for a year-only registration, as the gateway's DTOs take it. */
  dateOfBirth: string;
  gender: 'male' | 'female';
  oldIdCardNumber?: string;
  maritalStatus: string;
  provinceName: string;
  householdHeadPersonalId?: string;
  householdRelationship: string;
  fatherPersonalId?: string;
  motherPersonalId?: string;
  spousePersonalId?: string;
  /** How another register writes the name, for the citizens with a known inconsistency. */
  alternateSpelling?: { fullName: string; kind: string };
}

export interface PopulationSamplesResponse {
  samples: PopulationSample[];
  total: number;
  offset: number;
  limit: number;
  /** Well-formed identification numbers that belong to nobody, for not-found tests. */
  unknownPersonalIds: readonly string[];
}
