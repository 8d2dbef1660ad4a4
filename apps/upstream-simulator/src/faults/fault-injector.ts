import { Injectable } from '@nestjs/common';
import { Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProtocolFaultResponses, SimulatedResponse } from '../common/simulated-response';
import { FaultPlan, planFaults } from './fault-plan';
import { FaultSettingsStore } from './fault-settings.store';
import { RequestCounts } from './request-counts';
import { SimulatedDatabase } from './simulated-databases';

const DRIBBLE_CHUNKS = 10;

/**
 * Delivers a simulated database's answer through the faults switched on for it: delay, outage,
 * protocol-level faults, truncated bodies and slow, dribbled bodies.
 */
@Injectable()
export class FaultInjector {
  constructor(
    private readonly store: FaultSettingsStore,
    private readonly counts: RequestCounts,
  ) {}

  async respond(
    database: SimulatedDatabase,
    res: Response,
    faults: ProtocolFaultResponses,
    answer: () => SimulatedResponse,
  ): Promise<void> {
    this.counts.record(database);
    const plan = planFaults(this.store.get(database));
    if (plan.outcome === 'outage') {
      res.status(503).end();
      return;
    }
    await sleep(plan.delayMs);
    const response = responseFor(plan, faults, answer);
    await deliver(res, plan.truncate ? truncated(response) : response, plan.dribbleOverMs);
  }
}

function responseFor(
  plan: FaultPlan,
  faults: ProtocolFaultResponses,
  answer: () => SimulatedResponse,
): SimulatedResponse {
  if (plan.outcome === 'quota-exhausted') return faults.quotaExhausted();
  if (plan.outcome === 'server-error') return faults.serverError();
  return answer();
}

/** Cut mid-document, as a proxy that dropped the connection's tail would leave it. */
export function truncated(response: SimulatedResponse): SimulatedResponse {
  return {
    ...response,
    status: 200,
    body: response.body.slice(0, Math.ceil(response.body.length * 0.6)),
  };
}

async function deliver(res: Response, response: SimulatedResponse, dribbleOverMs: number) {
  const body = Buffer.from(response.body, 'utf8');
  res.status(response.status).type(response.contentType).setHeader('Content-Length', body.length);
  for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
  if (dribbleOverMs <= 0) {
    res.end(body);
    return;
  }
  res.flushHeaders();
  const chunkSize = Math.ceil(body.length / DRIBBLE_CHUNKS);
  for (let offset = 0; offset < body.length && !res.destroyed; offset += chunkSize) {
    await sleep(dribbleOverMs / DRIBBLE_CHUNKS);
    res.write(body.subarray(offset, offset + chunkSize));
  }
  res.end();
}
