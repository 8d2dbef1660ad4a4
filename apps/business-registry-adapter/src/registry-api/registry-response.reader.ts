import { Mapped, readJsonAnswer, ResponseReader } from '@interop/adapter-kit';
import { REGISTRY_ERRORS } from './registry-errors';

/** Reads a registry answer through `map`, and an error answer through the registry's table. */
export function readRegistryResponse<T>(map: (json: unknown) => Mapped<T>): ResponseReader<T> {
  return readJsonAnswer(map, { errors: REGISTRY_ERRORS });
}
