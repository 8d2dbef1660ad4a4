import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsEnterpriseCode } from '../identifiers/decorators';

/** Body of an enterprise lookup: the check digit is verified before anything is sent. */
export class EnterpriseLookupDto {
  @ApiProperty({
    example: '0303456786',
    description: '10-digit enterprise code (tax code), or a branch code: the code, "-", 001-999',
  })
  @IsEnterpriseCode()
  enterpriseCode: string;
}

export const MAX_SEARCH_PAGE_SIZE = 50;

/** Body of an enterprise search by name. */
export class EnterpriseSearchDto {
  @ApiProperty({
    example: 'Hoàng Long',
    description: 'Part of the Vietnamese, foreign or short name',
  })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 1, default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ example: 20, default: 20, minimum: 1, maximum: MAX_SEARCH_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE_SIZE)
  pageSize: number = 20;
}
