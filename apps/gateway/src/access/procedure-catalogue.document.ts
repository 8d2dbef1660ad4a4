import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOperationRef } from './operation-ref.validator';

export class ProcedureEntry {
  /** The procedure's code in the national register of administrative procedures. */
  @Matches(/^[\w.:/-]{1,64}$/, {
    message: 'procedures[].code must be 1-64 letters, digits, . _ - : /',
  })
  code: string;

  @IsString()
  @MaxLength(300)
  name: string;

  /** What the procedure may use, `source:operation` or `source:*`; anything else is refused. */
  @ArrayNotEmpty()
  @IsOperationRef({ each: true })
  operations: string[];
}

/** Which source operations each administrative procedure may use: purpose limitation. */
export class ProcedureCatalogueDocument {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ProcedureEntry)
  procedures: ProcedureEntry[];
}
