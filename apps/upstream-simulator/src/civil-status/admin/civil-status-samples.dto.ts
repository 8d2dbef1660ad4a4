import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MaritalStatus } from '../../synthetic/synthetic-citizen';

export const SAMPLE_KINDS = [
  'birth',
  'marriage',
  'death',
  'marital-status',
  'name-mismatch',
  'marital-status-mismatch',
] as const;

export type SampleKind = (typeof SAMPLE_KINDS)[number];

export class CivilStatusSamplesQueryDto {
  /** Which records: registrations of a kind, or one of the known inconsistencies. */
  @IsOptional()
  @IsIn(SAMPLE_KINDS)
  kind: SampleKind = 'birth';

  /** How many people to return. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 20;
}

/** One person the civil-status register holds records about, with what the tests compare. */
export interface CivilStatusSample {
  personalId: string;
  /** As the civil-status register writes it. */
  fullName: string;
  /** `YYYY-MM-DD`, or `YYYY` where only the year is on record. */
  dateOfBirth: string;
  /** Marriage registrations naming the person, current and past. */
  marriages: number;
  /** As a confirmation of marital status would state it; absent for the deceased. */
  maritalStatus?: MaritalStatus;
  /** `YYYY-MM-DD`, for the deceased. */
  dateOfDeath?: string;
  /** What the population register holds, for people in it: the known inconsistencies differ. */
  populationFullName?: string;
  populationMaritalStatus?: MaritalStatus;
}

export interface CivilStatusSamplesResponse {
  kind: SampleKind;
  samples: CivilStatusSample[];
  /** People of this kind in the register. */
  total: number;
  /** Well-formed identification numbers of nobody, for not-found tests. */
  unknownPersonalIds: readonly string[];
}

export class ExpireTokensDto {
  /** How many of the next calls to refuse as expired. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  calls: number = 1;
}
