import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { Admin } from 'kafkajs';
import { AuditLogConfig } from './config/audit-log.config';
import { GROUP_ID, HealthController, KAFKA_ADMIN } from './health/health.controller';
import { QueryTokenGuard } from './http/query-token.guard';
import { AuditLogMetrics } from './metrics/audit-log-metrics';
import { MetricsController } from './metrics/metrics.controller';
import { AuditQueryController, SQL_STORE } from './query/audit-query.controller';
import { SqlStore } from './store/sql-store';

/** What bootstrap opened before Nest starts, and how to let go of it all. */
export interface AuditLogResources {
  store: SqlStore;
  admin: Admin;
  metrics: AuditLogMetrics;
  /** Stops consuming, signs the unsigned rows, disconnects, closes the store. */
  release(): Promise<void>;
}

const RESOURCES = Symbol('AuditLogResources');

/** Closing the app releases what bootstrap opened, after the HTTP server has stopped. */
@Injectable()
class ResourcesRelease implements OnApplicationShutdown {
  constructor(@Inject(RESOURCES) private readonly resources: AuditLogResources) {}

  onApplicationShutdown(): Promise<void> {
    return this.resources.release();
  }
}

@Module({})
export class AuditLogModule {
  static forRoot(config: AuditLogConfig, resources: AuditLogResources): DynamicModule {
    const { store, admin, metrics } = resources;
    return {
      module: AuditLogModule,
      controllers: [AuditQueryController, HealthController, MetricsController],
      providers: [
        { provide: AuditLogConfig, useValue: config },
        { provide: RESOURCES, useValue: resources },
        ResourcesRelease,
        { provide: SQL_STORE, useValue: store },
        { provide: KAFKA_ADMIN, useValue: admin },
        { provide: AuditLogMetrics, useValue: metrics },
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
