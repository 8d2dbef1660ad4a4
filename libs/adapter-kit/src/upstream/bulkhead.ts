export type Release = () => void;

/**
 * Caps the calls in flight to one upstream. A caller beyond the cap waits, first come first
 * served, but never past its deadline: then it gets no slot and gives up.
 */
export class Bulkhead {
  private inFlight = 0;
  private readonly waiting: Array<(release: Release) => void> = [];

  constructor(private readonly capacity: number) {}

  get callsInFlight(): number {
    return this.inFlight;
  }

  /** A function that frees the slot, or undefined when the deadline (epoch ms) came first. */
  acquire(deadline: number): Promise<Release | undefined> {
    const timeLeft = deadline - Date.now();
    if (timeLeft <= 0) return Promise.resolve(undefined);
    if (this.inFlight < this.capacity) {
      this.inFlight += 1;
      return Promise.resolve(this.releaser());
    }
    return this.wait(timeLeft);
  }

  private wait(timeLeft: number): Promise<Release | undefined> {
    return new Promise((resolve) => {
      const grant = (release: Release) => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        resolve(undefined);
      }, timeLeft);
      this.waiting.push(grant);
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
    if (next) next(this.releaser());
    else this.inFlight -= 1;
  }
}
