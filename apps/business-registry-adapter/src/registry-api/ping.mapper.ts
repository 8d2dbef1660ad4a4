import { Fields, Mapped } from '@interop/adapter-kit';

const RUNNING = 'HOAT_DONG';

/** The ping answers `{ trangThai: "HOAT_DONG" }` while the service is running. */
export function mapPing(json: unknown): Mapped<true> {
  const fields = Fields.ofJson(json, 'ping');
  const state = fields.text('trangThai');
  if (state && state !== RUNNING) fields.problem('trangThai', `is not ${RUNNING}`);
  return fields.result(true);
}
