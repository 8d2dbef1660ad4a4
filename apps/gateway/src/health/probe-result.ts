import { ErrorCode, Reply, SelfCheckResult, validateContract } from '@interop/contracts';
import { IsBoolean, IsNumber, IsOptional, IsString, Min } from 'class-validator';
import { ProbeResult } from './connector-health';

class SelfCheckResultContract implements SelfCheckResult {
  @IsBoolean()
  healthy: boolean;

  @IsNumber()
  @Min(0)
  latencyMs: number;

  @IsOptional()
  @IsString()
  detail?: string;

  @IsBoolean()
  circuitOpen: boolean;
}

interface Timing {
  startedAt: number;
  endedAt: number;
  timeoutMs: number;
}

function failed(detail: string, answered: boolean, { startedAt, endedAt }: Timing): ProbeResult {
  const roundTripMs = endedAt - startedAt;
  return {
    healthy: false,
    latencyMs: roundTripMs,
    circuitOpen: false,
    detail,
    at: endedAt,
    roundTripMs,
    answered,
  };
}

/** What a `health.check` reply says about the source; unanswered when it timed out. */
export function probeResultOf(reply: Reply<unknown>, timing: Timing): ProbeResult {
  if (!reply.ok) {
    const timedOut = reply.error.code === ErrorCode.DeadlineExceeded;
    const detail = timedOut
      ? `no answer within ${timing.timeoutMs} ms`
      : `${reply.error.code}: ${reply.error.message}`;
    return failed(detail, !timedOut, timing);
  }
  const check = validateContract(SelfCheckResultContract, reply.data, { allowUnknown: true });
  if (!check.ok) return failed('the adapter answered an invalid self-check result', true, timing);
  const { healthy, latencyMs, detail, circuitOpen } = check.value;
  const roundTripMs = timing.endedAt - timing.startedAt;
  return {
    healthy,
    latencyMs,
    detail,
    circuitOpen,
    at: timing.endedAt,
    roundTripMs,
    answered: true,
  };
}
