import { Mapped, readJsonAnswer, ResponseReader } from '@interop/adapter-kit';
import { CIVIL_STATUS_ERRORS } from './civil-status-errors';

/** Reads one answer of the API through its mapper; `record` names what a 404 says is missing. */
export function civilStatusReader<T>(
  map: (body: unknown) => Mapped<T>,
  record: string,
): ResponseReader<T> {
  return readJsonAnswer(map, { errors: CIVIL_STATUS_ERRORS, record });
}
