import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { Admin } from 'kafkajs';
import { Response } from 'express';
import { PublicRoute } from '../http/query-token.guard';
import { SQL_STORE } from '../query/audit-query.controller';
import { lastCheckpoint, readHead } from '../store/ledger.repository';
import { SqlStore } from '../store/sql-store';
import { auditLag } from './audit-lag';

export const KAFKA_ADMIN = Symbol('KafkaAdmin');
export const GROUP_ID = Symbol('GroupId');

/** Settled reasons, not exceptions: health answers whatever is broken. */
async function attempt<T>(work: () => Promise<T>): Promise<{ value?: T; problem?: string }> {
  try {
    return { value: await work() };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

@Controller('health')
export class HealthController {
  constructor(
    @Inject(SQL_STORE) private readonly store: SqlStore,
    @Inject(KAFKA_ADMIN) private readonly admin: Admin,
    @Inject(GROUP_ID) private readonly groupId: string,
  ) {}

  /** 200 when the store and Kafka answer; `lag` is how many events await appending. */
  @Get()
  @PublicRoute()
  async health(@Res({ passthrough: true }) response: Response) {
    const [head, checkpoint, lag] = await Promise.all([
      attempt(() => readHead(this.store)),
      attempt(() => lastCheckpoint(this.store)),
      attempt(() => auditLag(this.admin, this.groupId)),
    ]);
    const problems = [
      head.problem && `store: ${head.problem}`,
      lag.problem && `kafka: ${lag.problem}`,
    ].filter(Boolean);
    response.status(problems.length ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK);
    const signed = checkpoint.value?.treeSize ?? 0;
    return {
      status: problems.length ? 'down' : 'up',
      problems,
      lag: lag.value,
      lastSeq: head.value?.seq,
      unsignedRows: head.value ? head.value.seq - signed : undefined,
      lastCheckpoint: checkpoint.value && {
        checkpoint: checkpoint.value.checkpoint,
        treeSize: checkpoint.value.treeSize,
        signedAt: checkpoint.value.signedAt,
      },
      store: this.store.location.startsWith('postgres://') ? 'postgres' : 'pglite',
    };
  }
}
