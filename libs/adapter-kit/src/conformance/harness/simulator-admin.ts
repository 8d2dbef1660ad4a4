/** Fault settings as `PUT /_sim/faults/<database>` takes them; absent means off. */
export interface SimulatedFaults {
  latencyMs?: number;
  errorRate?: number;
  outage?: boolean;
  malformed?: boolean;
}

/** The simulator's admin endpoints for one database: faults to switch, requests to count. */
export class SimulatorAdmin {
  constructor(
    readonly url: string,
    private readonly database: string,
  ) {}

  async setFaults(faults: SimulatedFaults): Promise<void> {
    await this.call('PUT', `/_sim/faults/${this.database}`, faults);
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', `/_sim/faults/${this.database}`);
  }

  /** Requests the database has received since the simulator booted. */
  async requestsReceived(): Promise<number> {
    const response = await this.call('GET', `/_sim/stats/${this.database}`);
    const { requestsReceived } = (await response.json()) as { requestsReceived: number };
    return requestsReceived;
  }

  private async call(method: string, path: string, body?: object): Promise<Response> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    }
    return response;
  }
}
