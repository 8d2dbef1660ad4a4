import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

const MAX_DELAY_MS = 120_000;

/**
 * Faults to inject into one simulated database's answers. A PUT replaces the whole set: an
 * absent property is a fault turned off.
 */
export class FaultSettingsDto {
  /** Delay added before answering. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DELAY_MS)
  latencyMs?: number;

  /** Up to this much more delay, drawn at random for each request. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DELAY_MS)
  latencyJitterMs?: number;

  /** Share of requests answered with a server fault in the database's protocol. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  errorRate?: number;

  /** Every request answered 503 with no body, as a load balancer does for a dead backend. */
  @IsOptional()
  @IsBoolean()
  outage?: boolean;

  /** Answers cut short: status 200 and a truncated, unparseable body. */
  @IsOptional()
  @IsBoolean()
  malformed?: boolean;

  /** Headers sent at once, then the body dribbled out over this long. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_DELAY_MS)
  slowResponseMs?: number;

  /** Every request refused because the requester's quota is used up. */
  @IsOptional()
  @IsBoolean()
  quotaExhausted?: boolean;
}

export type FaultSettings = Readonly<FaultSettingsDto>;
