import { ApiProperty } from '@nestjs/swagger';
import { IsPersonalId } from '../identifiers/decorators';

/** Body of civil-status lookups: the person the registration is about. */
export class PersonalIdQueryDto {
  @ApiProperty({ example: '001085012345', description: '12-digit personal identification number' })
  @IsPersonalId()
  personalId: string;
}
