import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from '../auth/access.guard';
import { Authenticator } from '../auth/authenticator.service';
import { CallerQuotas } from '../quota/caller-quotas.service';
import { AccessControl } from './access-control.service';
import { OperationAccess } from './operation-access.service';
import { SourcePermits } from './source-permits.service';

/** Authentication and the access policy, enforced by one guard on every route. */
@Module({
  providers: [
    AccessControl,
    Authenticator,
    CallerQuotas,
    SourcePermits,
    OperationAccess,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessControl, SourcePermits, OperationAccess],
})
export class AccessModule {}
