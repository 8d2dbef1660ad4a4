import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, Matches, ValidateNested } from 'class-validator';
import { Gender, MaritalStatus } from '../citizen/citizen.model';
import {
  AgreesWithPersonalId,
  IsDateOfBirth,
  IsEnterpriseCode,
  IsPersonalId,
} from '../identifiers/decorators';
import { IsOmittable } from '../validation/optional';
import { IsText } from '../validation/text';

export const GENDERS: readonly Gender[] = ['male', 'female', 'other'];
/** What an applicant can declare; `unknown` is what a register says when it cannot tell. */
export const DECLARABLE_MARITAL_STATUSES: readonly MaritalStatus[] = [
  'single',
  'married',
  'divorced',
  'widowed',
];

export class AddressClaimDto {
  @ApiProperty({ example: '01', description: 'Two-digit province code' })
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a two-digit province code' })
  provinceCode: string;

  @ApiProperty({ example: '00004', description: 'Five-digit commune (ward) code' })
  @Matches(/^\d{5}$/, { message: 'communeCode must be a five-digit commune code' })
  communeCode: string;

  @ApiPropertyOptional({
    example: 'Số 12, ngõ 34 phố Đội Cấn',
    description: 'House number and street; kept with the dossier, not compared',
  })
  @IsOmittable()
  @IsText({ maxLength: 200 })
  detail?: string;
}

/** Who the applicant says they are; the identity claims every check starts from. */
export class ApplicantClaimsDto {
  @ApiProperty({ example: '001085012345', description: '12-digit personal identification number' })
  @IsPersonalId()
  personalId: string;

  @ApiProperty({ example: 'Nguyễn Văn An', description: 'Full name, with its diacritics' })
  @IsText({ maxLength: 100 })
  fullName: string;

  @ApiProperty({
    example: '1985-03-14',
    description: 'YYYY-MM-DD, or YYYY where only the year is known',
  })
  @IsDateOfBirth()
  @AgreesWithPersonalId('personalId')
  dateOfBirth: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOmittable()
  @IsIn(GENDERS)
  gender?: Gender;

  @ApiPropertyOptional({ type: AddressClaimDto, description: 'Permanent residence (thường trú)' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressClaimDto)
  permanentAddress?: AddressClaimDto;
}

export class EnterpriseClaimsDto {
  @ApiProperty({ example: '0303456786', description: '10-digit enterprise code, or a branch code' })
  @IsEnterpriseCode()
  enterpriseCode: string;

  @ApiPropertyOptional({
    example: 'Công ty TNHH Hoàng Long',
    description: 'Compared with the Vietnamese, foreign and short registered names',
  })
  @IsOmittable()
  @IsText({ maxLength: 200 })
  name?: string;

  @ApiPropertyOptional({
    example: '001085012345',
    description:
      "The legal representative's personal identification number; when absent, the applicant is taken to be the legal representative",
  })
  @IsOmittable()
  @IsPersonalId()
  legalRepresentativePersonalId?: string;
}
