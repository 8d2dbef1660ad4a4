import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Address,
  Citizen,
  Gender,
  HouseholdHead,
  MaritalStatus,
  PersonName,
  RelatedPerson,
} from './citizen.model';
import { CitizenVerification, FieldVerdict } from './citizen-verification.model';

// OpenAPI shapes of the canonical models; `implements` keeps them in step with the types.

class AddressModel implements Address {
  @ApiProperty({ example: '01' })
  provinceCode: string;
  @ApiProperty({ example: 'Hà Nội' })
  provinceName: string;
  @ApiProperty({ example: '00004' })
  communeCode: string;
  @ApiProperty({ example: 'Phường Ba Đình' })
  communeName: string;
  @ApiProperty({ example: 'Số 12, ngõ 34 phố Đội Cấn', description: 'The part below the commune' })
  detail: string;
}

class PersonNameModel implements PersonName {
  @ApiProperty({ example: 'Nguyễn' })
  family: string;
  @ApiProperty({ example: 'Văn' })
  middle: string;
  @ApiProperty({ example: 'An' })
  given: string;
}

class RelatedPersonModel implements RelatedPerson {
  @ApiPropertyOptional({ example: '001060012345' })
  personalId?: string;
  @ApiProperty({ example: 'Nguyễn Văn Bình' })
  fullName: string;
}

class HouseholdHeadModel extends RelatedPersonModel implements HouseholdHead {
  @ApiProperty({ example: 'Con', description: "The citizen's relationship to the household head" })
  relationship: string;
}

export class CitizenModel implements Citizen {
  @ApiProperty({ example: '001085012345' })
  personalId: string;
  @ApiPropertyOptional({ example: '012345678', description: 'Old nine-digit identity card (CMND)' })
  oldIdCardNumber?: string;
  @ApiProperty({ example: 'Nguyễn Văn An' })
  fullName: string;
  @ApiProperty({ type: PersonNameModel })
  name: PersonName;
  @ApiProperty({ enum: ['male', 'female', 'other'] })
  gender: Gender;
  @ApiProperty({
    example: '1985-03-14',
    description: 'YYYY-MM-DD, or YYYY where only the year is registered',
  })
  dateOfBirth: string;
  @ApiProperty({ example: 'Kinh' })
  ethnicity: string;
  @ApiProperty({ example: 'Không' })
  religion: string;
  @ApiProperty({ example: 'Việt Nam' })
  nationality: string;
  @ApiPropertyOptional({ type: AddressModel })
  hometown?: Address;
  @ApiPropertyOptional({ type: AddressModel })
  permanentAddress?: Address;
  @ApiPropertyOptional({ type: AddressModel })
  currentAddress?: Address;
  @ApiPropertyOptional({ type: RelatedPersonModel })
  father?: RelatedPerson;
  @ApiPropertyOptional({ type: RelatedPersonModel })
  mother?: RelatedPerson;
  @ApiPropertyOptional({ type: RelatedPersonModel })
  spouse?: RelatedPerson;
  @ApiPropertyOptional({ type: HouseholdHeadModel })
  householdHead?: HouseholdHead;
  @ApiProperty({ enum: ['single', 'married', 'divorced', 'widowed', 'unknown'] })
  maritalStatus: MaritalStatus;
}

const VERDICTS: FieldVerdict[] = ['MATCH', 'MISMATCH'];

class FieldVerdictsModel {
  @ApiProperty({ enum: VERDICTS })
  fullName: FieldVerdict;
  @ApiProperty({ enum: VERDICTS })
  dateOfBirth: FieldVerdict;
}

export class CitizenVerificationModel implements CitizenVerification {
  @ApiProperty({ description: 'True when every checked field matches' })
  verified: boolean;
  @ApiProperty({ type: FieldVerdictsModel })
  fields: FieldVerdictsModel;
}
