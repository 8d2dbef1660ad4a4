import { IsObject, Matches } from 'class-validator';

/**
 * The value of a message on a caller's intake topic: what to do, and its payload — the body of
 * the HTTP route for the same operation. `target` is a source, or `dossier-checks`.
 */
export class IntakeRequest {
  @Matches(/^[a-z][a-z-]*$/, { message: 'target must be a source name or dossier-checks' })
  target: string;

  @Matches(/^[a-z][a-z-]*(\.[a-z][a-z-]*)*$/, {
    message: 'operation must look like "citizen.lookup"',
  })
  operation: string;

  @IsObject()
  payload: Record<string, unknown>;
}
