import { loadConfig } from '@interop/platform';
import { AuditLogConfig } from './audit-log.config';

const required = { AUDIT_QUERY_TOKEN: 'q'.repeat(32), AUDIT_SIGNING_KEY_FILE: '/keys/audit.pem' };

describe('AuditLogConfig', () => {
  it('defaults to PGlite under .run and a checkpoint every 1000 rows or 10 s', () => {
    const config = loadConfig(AuditLogConfig, required);
    expect(config).toMatchObject({
      AUDIT_PGLITE_DIR: '.run/audit-db',
      AUDIT_CHECKPOINT_EVERY: 1000,
      AUDIT_CHECKPOINT_INTERVAL_MS: 10_000,
      AUDIT_LOG_HOST: '127.0.0.1',
      KAFKA_GROUP_ID: 'interop-audit-log',
    });
    expect(config.AUDIT_DATABASE_URL).toBeUndefined();
  });

  it('has no default secret: the token and the signing key must be given', () => {
    expect(() => loadConfig(AuditLogConfig, {})).toThrow(/AUDIT_QUERY_TOKEN \(not set\)/);
    expect(() => loadConfig(AuditLogConfig, {})).toThrow(/AUDIT_SIGNING_KEY_FILE \(not set\)/);
  });

  it('names a short token without echoing it', () => {
    const load = () => loadConfig(AuditLogConfig, { ...required, AUDIT_QUERY_TOKEN: 'short' });
    expect(load).toThrow(/AUDIT_QUERY_TOKEN \(set\): AUDIT_QUERY_TOKEN must be at least 32/);
    expect(load).not.toThrow(/short"/);
  });

  it('takes a PostgreSQL server by URL, and nothing else', () => {
    const url = 'postgres://audit:secret@db:5432/audit';
    expect(loadConfig(AuditLogConfig, { ...required, AUDIT_DATABASE_URL: url })).toMatchObject({
      AUDIT_DATABASE_URL: url,
    });
    expect(() =>
      loadConfig(AuditLogConfig, { ...required, AUDIT_DATABASE_URL: 'mysql://db/audit' }),
    ).toThrow(/AUDIT_DATABASE_URL/);
  });
});
