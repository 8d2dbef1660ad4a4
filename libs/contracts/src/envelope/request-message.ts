import { IsNotEmpty, IsObject, IsString, Matches } from 'class-validator';

/** The value of every message on a source's request topic. */
export class RequestMessage {
  /** Dotted operation name, e.g. `citizen.lookup`. */
  @IsString()
  @Matches(/^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/, {
    message: 'operation must look like "citizen.lookup"',
  })
  operation: string;

  @IsObject()
  @IsNotEmpty()
  payload: Record<string, unknown>;
}
