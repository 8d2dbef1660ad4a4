export type Release = () => void;

/** Why a caller got no slot: its deadline came first, or too many callers were already waiting. */
export type Refusal = 'deadline-passed' | 'queue-full';

export type Admission = { granted: true; release: Release } | { granted: false; reason: Refusal };

interface Waiter {
  grant: (release: Release) => void;
}

/**
 * Caps the calls in flight at once. A caller beyond the cap waits, first come first served, but
 * never past its deadline; and at most `maxWaiting` callers wait, so an overload is refused at
 * once instead of piling up in memory.
 */
export class Bulkhead {
  private inFlight = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxWaiting: number = Number.POSITIVE_INFINITY,
  ) {}

  get callsInFlight(): number {
    return this.inFlight;
  }

  get callsWaiting(): number {
    return this.waiting.length;
  }

  /** A slot, held until `release` is called, or why there is none. `deadline` is epoch ms. */
  acquire(deadline: number): Promise<Admission> {
    const timeLeft = deadline - Date.now();
    if (timeLeft <= 0) return Promise.resolve(refused('deadline-passed'));
    if (this.inFlight < this.capacity) {
      this.inFlight += 1;
      return Promise.resolve(granted(this.releaser()));
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(refused('queue-full'));
    return this.wait(timeLeft);
  }

  private wait(timeLeft: number): Promise<Admission> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: (release) => {
          clearTimeout(timer);
          resolve(granted(release));
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        resolve(refused('deadline-passed'));
      }, timeLeft);
      this.waiting.push(waiter);
    });
  }

  private releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.handOver();
    };
  }

  /** A freed slot goes straight to the longest waiter, so nobody can jump the queue. */
  private handOver(): void {
    const next = this.waiting.shift();
    if (next) next.grant(this.releaser());
    else this.inFlight -= 1;
  }
}

function granted(release: Release): Admission {
  return { granted: true, release };
}

function refused(reason: Refusal): Admission {
  return { granted: false, reason };
}
