import { randomUUID } from 'node:crypto';
import { AuditEvent, subjectHash } from '@interop/contracts';

/** The secret the tests hash subjects with. */
export const TEST_SUBJECT_SECRET = 'e2e-subject-secret';

/** A valid access event, answered, for a fresh subject unless `overrides` says otherwise. */
export function auditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  const event: AuditEvent = {
    eventId: randomUUID(),
    time: new Date().toISOString(),
    kind: 'access',
    app: 'gateway',
    caller: 'dossier-core',
    officerId: 'CB-0001',
    procedureCode: '1.001234',
    source: 'population',
    operation: 'citizen.lookup',
    outcome: 'answered',
    durationMs: 12,
    fieldsReturned: ['fullName', 'dateOfBirth'],
    subjectHash: subjectHash(TEST_SUBJECT_SECRET, randomUUID()),
    subjectKind: 'personal-id',
    channel: 'http',
    ...overrides,
  };
  return JSON.parse(JSON.stringify(event));
}
