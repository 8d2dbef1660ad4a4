import { Quota } from '../access/access-policy';

export type Take = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A token bucket: `burst` tokens at most, refilled at `perMinute` a minute; a request takes one.
 * Refills lazily from the clock, so an idle bucket costs nothing.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private quota: Quota,
    now: number,
  ) {
    this.tokens = quota.burst;
    this.updatedAt = now;
  }

  /** A changed quota applies from now on, without refilling what has been spent. */
  adjust(quota: Quota, now: number): void {
    this.refill(now);
    this.quota = quota;
    this.tokens = Math.min(this.tokens, quota.burst);
  }

  take(now: number): Take {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { ok: true };
    }
    const msPerToken = 60_000 / this.quota.perMinute;
    return { ok: false, retryAfterMs: Math.ceil((1 - this.tokens) * msPerToken) };
  }

  /** Whether the bucket is full again, and can be forgotten. */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.quota.burst;
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.updatedAt);
    this.tokens = Math.min(
      this.quota.burst,
      this.tokens + (elapsed * this.quota.perMinute) / 60_000,
    );
    this.updatedAt = now;
  }
}
