import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Gender, MaritalStatus } from '../citizen/citizen.model';
import {
  BirthRegistration,
  DeathRegistration,
  MaritalStatusRecord,
  MarriageHistory,
  MarriageRegistration,
  RegisteredPerson,
  Registration,
} from './civil-status.model';

// OpenAPI shapes of the canonical models; `implements` keeps them in step with the types.
// Examples are records of the simulator's default population (seed 20250701).

class RegisteredPersonModel implements RegisteredPerson {
  @ApiPropertyOptional({ example: '024064012040' })
  personalId?: string;
  @ApiProperty({ example: 'Trần Gia Lâm' })
  fullName: string;
  @ApiPropertyOptional({ example: '1964-11-28', description: 'YYYY-MM-DD or YYYY' })
  dateOfBirth?: string;
}

class AuthorityModel {
  @ApiProperty({ example: '00004' })
  code: string;
  @ApiProperty({ example: 'UBND phường Phúc Xá, Hà Nội' })
  name: string;
}

class RegistrationModel implements Registration {
  @ApiProperty({ example: '125/2003' })
  registrationNumber: string;
  @ApiProperty({ example: '01/2003', description: 'The register book (quyển số)' })
  book: string;
  @ApiProperty({ example: '2003-08-20' })
  registeredOn: string;
  @ApiProperty({ type: AuthorityModel })
  authority: AuthorityModel;
}

class BornChildModel extends RegisteredPersonModel {
  @ApiProperty({ enum: ['male', 'female', 'other'] })
  gender: Gender;
  @ApiProperty({ example: 'Bệnh viện Đa khoa Trung ương Thái Nguyên' })
  placeOfBirth: string;
}

export class BirthRegistrationModel extends RegistrationModel implements BirthRegistration {
  @ApiProperty({ type: BornChildModel })
  child: BornChildModel;
  @ApiPropertyOptional({ type: RegisteredPersonModel })
  father?: RegisteredPersonModel;
  @ApiPropertyOptional({ type: RegisteredPersonModel })
  mother?: RegisteredPersonModel;
}

class MarriageRegistrationModel extends RegistrationModel implements MarriageRegistration {
  @ApiProperty({ type: RegisteredPersonModel })
  husband: RegisteredPersonModel;
  @ApiProperty({ type: RegisteredPersonModel })
  wife: RegisteredPersonModel;
  @ApiProperty({ enum: ['current', 'ended'] })
  status: 'current' | 'ended';
  @ApiPropertyOptional({ example: '2019-05-10' })
  endedOn?: string;
  @ApiPropertyOptional({ enum: ['divorce', 'death'] })
  endReason?: 'divorce' | 'death';
}

export class MarriageHistoryModel implements MarriageHistory {
  @ApiProperty({ example: '024064012040' })
  personalId: string;
  @ApiProperty({ type: [MarriageRegistrationModel], description: 'Newest first' })
  marriages: MarriageRegistrationModel[];
}

export class DeathRegistrationModel extends RegistrationModel implements DeathRegistration {
  @ApiProperty({ type: RegisteredPersonModel })
  deceased: RegisteredPersonModel;
  @ApiProperty({ example: '2021-02-11' })
  dateOfDeath: string;
  @ApiProperty({ example: 'Bệnh viện Bạch Mai, Hà Nội' })
  placeOfDeath: string;
}

export class MaritalStatusRecordModel implements MaritalStatusRecord {
  @ApiProperty({ example: '017167735376' })
  personalId: string;
  @ApiProperty({ enum: ['single', 'married', 'divorced', 'widowed', 'unknown'] })
  maritalStatus: MaritalStatus;
  @ApiPropertyOptional({ description: 'The registration the status rests on' })
  basedOn?: string;
}
