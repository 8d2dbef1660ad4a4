import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsEnterpriseCode } from '../identifiers/decorators';
import { IsOmittable } from '../validation/optional';
import { IsText } from '../validation/text';

/** Body of an enterprise lookup: the check digit is verified before anything is sent. */
export class EnterpriseLookupDto {
  @ApiProperty({
    example: '0303456786',
    description:
      '10-digit enterprise code (tax code), whose 10th digit is the check digit of the first ' +
      'nine, or a branch code: the code, "-", 001-999',
  })
  @IsEnterpriseCode()
  enterpriseCode: string;
}

export const MAX_SEARCH_PAGE_SIZE = 50;
/** The registry's API takes page numbers of up to six digits. */
export const MAX_SEARCH_PAGE = 999_999;

/** Body of an enterprise search by name. */
export class EnterpriseSearchDto {
  @ApiProperty({
    example: 'Hoàng Long',
    description: 'Part of the Vietnamese, foreign or short name',
  })
  @IsText({ minLength: 2, maxLength: 200 })
  name: string;

  @ApiPropertyOptional({ example: 1, default: 1, minimum: 1, maximum: MAX_SEARCH_PAGE })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ example: 20, default: 20, minimum: 1, maximum: MAX_SEARCH_PAGE_SIZE })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_PAGE_SIZE)
  pageSize: number = 20;
}
