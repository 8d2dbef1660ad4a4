import { ApiProperty } from '@nestjs/swagger';
import { AgreesWithPersonalId, IsDateOfBirth, IsPersonalId } from '../identifiers/decorators';
import { IsText } from '../validation/text';

/**
 * Identifies a citizen the way the population database requires: the identification number
 * together with the full name and date of birth. Body of citizen lookups and verifications.
 */
export class CitizenQueryDto {
  @ApiProperty({ example: '001085012345', description: '12-digit personal identification number' })
  @IsPersonalId()
  personalId: string;

  @ApiProperty({
    example: 'Nguyễn Văn An',
    description: 'Full name, in Vietnamese with diacritics',
  })
  @IsText({ maxLength: 100 })
  fullName: string;

  @ApiProperty({
    example: '1985-03-14',
    description:
      'YYYY-MM-DD, or YYYY where only the year is registered; not in the future, and in the ' +
      'year personalId encodes (digit 4 the century, digits 5-6 the year)',
  })
  @IsDateOfBirth()
  @AgreesWithPersonalId('personalId')
  dateOfBirth: string;
}
