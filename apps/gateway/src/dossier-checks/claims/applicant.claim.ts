import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApplicantClaimsDto,
  Citizen,
  CitizenQueryDto,
  CitizenVerification,
  ClaimCheck,
  ErrorCode,
  FieldCheck,
  PopulationOperation,
  Reply,
} from '@interop/contracts';
import { compareAddresses } from '../comparison/address-comparison';
import { compareDatesOfBirth } from '../comparison/date-comparison';
import { compareNames } from '../comparison/name-comparison';
import { ClaimChecker } from './claim-checker';
import { ClaimCheckModel, FieldCheckModel } from './claim-check.model';
import { answeredClaim, AskSource, unansweredClaim } from './source-answers';

export type ApplicantField = 'fullName' | 'dateOfBirth' | 'gender' | 'permanentAddress';

type ApplicantFields = Partial<Record<ApplicantField, FieldCheck>>;

const NAME_NOT_CONFIRMED =
  'the population database does not confirm this name; it compares names with their ' +
  'diacritics, so a name without them, with a tone mark placed otherwise or with a part ' +
  'missing does not match';
const YEAR_ONLY_CLAIM_NOT_CONFIRMED =
  'the population database matches a year of birth alone only with a registration of the ' +
  'year alone, and does not confirm this one';
const NOT_REVEALED =
  'not checked: the population database reveals a record only when the full name and date ' +
  'of birth match';

/** Only gender and address need the record; name and date of birth a verification answers. */
function needsRecord(applicant: ApplicantClaimsDto): boolean {
  return applicant.gender !== undefined || applicant.permanentAddress !== undefined;
}

function declaredFields(applicant: ApplicantClaimsDto): ApplicantField[] {
  const fields: ApplicantField[] = ['fullName', 'dateOfBirth'];
  if (applicant.gender !== undefined) fields.push('gender');
  if (applicant.permanentAddress !== undefined) fields.push('permanentAddress');
  return fields;
}

function isYearOnly(dateOfBirth: string): boolean {
  return dateOfBirth.length === 4;
}

function hasNoDiacritics(name: string): boolean {
  return (
    name.normalize('NFD') === name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') &&
    !/[đĐ]/.test(name)
  );
}

/** The record's fields against the claims, by the gateway's own comparison rules. */
function fieldsFromRecord(applicant: ApplicantClaimsDto, citizen: Citizen): ApplicantFields {
  const { gender, permanentAddress } = applicant;
  return {
    fullName: compareNames(applicant.fullName, citizen.fullName),
    dateOfBirth: compareDatesOfBirth(applicant.dateOfBirth, citizen.dateOfBirth),
    ...(gender !== undefined && {
      gender:
        gender === citizen.gender
          ? { verdict: 'MATCH' }
          : { verdict: 'MISMATCH', reason: 'differs from the register' },
    }),
    ...(permanentAddress !== undefined && {
      permanentAddress: compareAddresses(permanentAddress, citizen.permanentAddress),
    }),
  };
}

function nameVerdict(verdict: CitizenVerification['fields']['fullName'], name: string): FieldCheck {
  if (verdict === 'MATCH') return { verdict };
  const hint = hasNoDiacritics(name) ? '; the claimed name carries no diacritics at all' : '';
  return { verdict, reason: NAME_NOT_CONFIRMED + hint };
}

/**
 * Asks the population database about the applicant, collecting no more than the claims need:
 * a verification (verdicts only) for name and date of birth; a lookup, whose record never leaves
 * the gateway, only when gender or address is declared. The database applies its own name and
 * date rules to both; where it registered the year of birth alone, a full date claimed is
 * confirmed by asking again with the year.
 */
export class ApplicantCheck {
  private fetchedAt?: string;

  constructor(
    private readonly ask: AskSource,
    private readonly applicant: ApplicantClaimsDto,
  ) {}

  async run(): Promise<ClaimCheck<ApplicantField>> {
    if (!needsRecord(this.applicant)) return this.verify();
    const lookup = await this.lookup(this.applicant.dateOfBirth);
    if (lookup.ok) return this.answered(fieldsFromRecord(this.applicant, lookup.data));
    if (lookup.error.code !== ErrorCode.NotFound) return this.unanswered(lookup.error);
    // NOT_FOUND: an unknown number, or a name or date the database does not confirm.
    return this.verify();
  }

  private async verify(): Promise<ClaimCheck<ApplicantField>> {
    const verification = await this.verification(this.applicant.dateOfBirth);
    if (!verification.ok) return this.unanswered(verification.error);
    const { fields } = verification.data;
    const fullName = nameVerdict(fields.fullName, this.applicant.fullName);
    if (fields.dateOfBirth === 'MATCH')
      return this.withUnrevealed({ fullName, dateOfBirth: { verdict: 'MATCH' } });
    if (isYearOnly(this.applicant.dateOfBirth)) {
      return this.withUnrevealed({
        fullName,
        dateOfBirth: { verdict: 'MISMATCH', reason: YEAR_ONLY_CLAIM_NOT_CONFIRMED },
      });
    }
    return this.verifyByYear(fullName);
  }

  /** A full date the database does not confirm may be one whose year alone it registered. */
  private async verifyByYear(fullName: FieldCheck): Promise<ClaimCheck<ApplicantField>> {
    const year = this.applicant.dateOfBirth.slice(0, 4);
    const byYear = await this.verification(year);
    if (!byYear.ok || byYear.data.fields.dateOfBirth !== 'MATCH') {
      return this.withUnrevealed({
        fullName,
        dateOfBirth: { verdict: 'MISMATCH', reason: 'differs from the register' },
      });
    }
    if (fullName.verdict === 'MATCH' && needsRecord(this.applicant)) {
      const lookup = await this.lookup(year);
      if (lookup.ok) return this.answered(fieldsFromRecord(this.applicant, lookup.data));
    }
    return this.withUnrevealed({
      fullName,
      dateOfBirth: compareDatesOfBirth(this.applicant.dateOfBirth, year),
    });
  }

  /** Gender and address are not checked when the record was not revealed. */
  private withUnrevealed(fields: ApplicantFields): ClaimCheck<ApplicantField> {
    const unrevealed: FieldCheck = { verdict: 'UNAVAILABLE', reason: NOT_REVEALED };
    const { gender, permanentAddress } = this.applicant;
    return this.answered({
      ...fields,
      ...(gender !== undefined && { gender: unrevealed }),
      ...(permanentAddress !== undefined && { permanentAddress: unrevealed }),
    });
  }

  private answered(fields: ApplicantFields): ClaimCheck<ApplicantField> {
    return answeredClaim('population', this.fetchedAt!, fields);
  }

  private unanswered(error: { code: ErrorCode; message: string }): ClaimCheck<ApplicantField> {
    return unansweredClaim('population', declaredFields(this.applicant), error);
  }

  private lookup(dateOfBirth: string): Promise<Reply<Citizen>> {
    return this.query<Citizen>(PopulationOperation.CitizenLookup, dateOfBirth);
  }

  private verification(dateOfBirth: string): Promise<Reply<CitizenVerification>> {
    return this.query<CitizenVerification>(PopulationOperation.CitizenVerify, dateOfBirth);
  }

  private async query<T>(operation: string, dateOfBirth: string): Promise<Reply<T>> {
    const { personalId, fullName } = this.applicant;
    const query: CitizenQueryDto = { personalId, fullName, dateOfBirth };
    const reply = await this.ask<T>('population', operation, personalId, query);
    if (reply.ok) this.fetchedAt = reply.meta.fetchedAt;
    return reply;
  }
}

/** The applicant's identity, and gender and address when declared, against the population database. */
export function checkApplicant(
  ask: AskSource,
  applicant: ApplicantClaimsDto,
): Promise<ClaimCheck<ApplicantField>> {
  return new ApplicantCheck(ask, applicant).run();
}

class ApplicantFieldsModel implements ApplicantFields {
  @ApiPropertyOptional({ type: FieldCheckModel })
  fullName?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  dateOfBirth?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  gender?: FieldCheck;
  @ApiPropertyOptional({ type: FieldCheckModel })
  permanentAddress?: FieldCheck;
}

class ApplicantCheckModel extends ClaimCheckModel implements ClaimCheck<ApplicantField> {
  @ApiProperty({ type: ApplicantFieldsModel, description: 'One verdict per declared field' })
  fields: ApplicantFieldsModel;
}

/** Who the applicant is, in every check: the population database's record of them. */
export const applicantClaim: ClaimChecker<'applicant', ApplicantClaimsDto, ApplicantField, true> = {
  part: { name: 'applicant', required: true, type: ApplicantClaimsDto },
  source: 'population',
  operations: [PopulationOperation.CitizenVerify, PopulationOperation.CitizenLookup],
  result: { model: ApplicantCheckModel, description: 'Against the population database' },
  check: checkApplicant,
};
