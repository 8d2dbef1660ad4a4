import { Injectable } from '@nestjs/common';
import { Quota } from '../access/access-policy';
import { Take, TokenBucket } from './token-bucket';

/** Buckets kept before full ones are swept away: bounded memory whatever the traffic. */
const SWEEP_ABOVE = 10_000;

/**
 * Per caller and source, the token buckets of this gateway replica. Counting is per replica:
 * with N replicas behind a load balancer a caller gets up to N times its quota.
 */
@Injectable()
export class CallerQuotas {
  private readonly buckets = new Map<string, TokenBucket>();

  take(callerId: string, target: string, quota: Quota, now: number = Date.now()): Take {
    const key = `${callerId}\n${target}`;
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.adjust(quota, now);
    } else {
      if (this.buckets.size >= SWEEP_ABOVE) this.sweep(now);
      bucket = new TokenBucket(quota, now);
      this.buckets.set(key, bucket);
    }
    return bucket.take(now);
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.isFull(now)) this.buckets.delete(key);
    }
  }
}
