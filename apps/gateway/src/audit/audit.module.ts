import { Global, Module } from '@nestjs/common';
import { AuditLogClient } from './audit-log.client';
import { AuditQueryController } from './audit-query.controller';
import { AuditTrail } from './audit-trail.service';
import { HttpAttempts } from './http-attempts';

/** The audit trail of every attempt, and its queries for the auditor role. */
@Global()
@Module({
  controllers: [AuditQueryController],
  providers: [AuditTrail, HttpAttempts, AuditLogClient],
  exports: [AuditTrail, HttpAttempts],
})
export class AuditModule {}
