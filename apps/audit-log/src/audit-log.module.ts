import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { Admin } from 'kafkajs';
import { AuditLogConfig } from './config/audit-log.config';
import { GROUP_ID, HealthController, KAFKA_ADMIN } from './health/health.controller';
import { QueryTokenGuard } from './http/query-token.guard';
import { AuditQueryController, SQL_STORE } from './query/audit-query.controller';
import { SqlStore } from './store/sql-store';

/** What bootstrap opened before Nest starts: the store and a connected Kafka admin. */
export interface AuditLogResources {
  store: SqlStore;
  admin: Admin;
}

@Module({})
export class AuditLogModule {
  static forRoot(config: AuditLogConfig, { store, admin }: AuditLogResources): DynamicModule {
    return {
      module: AuditLogModule,
      controllers: [AuditQueryController, HealthController],
      providers: [
        { provide: AuditLogConfig, useValue: config },
        { provide: SQL_STORE, useValue: store },
        { provide: KAFKA_ADMIN, useValue: admin },
        { provide: GROUP_ID, useValue: config.KAFKA_GROUP_ID },
        {
          provide: APP_GUARD,
          inject: [Reflector],
          useFactory: (reflector: Reflector) =>
            new QueryTokenGuard(config.AUDIT_QUERY_TOKEN, reflector),
        },
      ],
    };
  }
}
