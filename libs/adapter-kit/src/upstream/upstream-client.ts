import axios, {
  AxiosAdapter,
  AxiosInstance,
  AxiosRequestConfig,
  AxiosResponse,
  isAxiosError,
} from 'axios';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { CredentialProvider } from '../credentials/credential-provider';
import { attemptWithCredentials, credentialsRefusal } from '../credentials/credentialed-attempt';
import { CircuitState, NO_UPSTREAM_OBSERVER, UpstreamObserver } from '../metrics/adapter-metrics';
import { UpstreamErrorTable, upstreamErrorTable } from '../protocol/upstream-error-table';
import { Outcome } from '../source-adapter/outcome';
import { AttemptOutcome, settledFailure } from './attempt-failure';
import { Bulkhead } from './bulkhead';
import { bulkheadRefusal } from './bulkhead-refusal';
import { classifyStatus, classifyTransportError } from './classify-failure';
import { nextRetryDelay, RetrySettings } from './retry-policy';
import { BreakerSettings, UpstreamBreaker } from './upstream-breaker';

export interface UpstreamOptions {
  /** Names the upstream in logs, failures and health. */
  name: string;
  baseURL: string;
  /** Sent with every call. */
  headers?: Record<string, string>;
  /**
   * What the upstream's statuses mean (which are answers to read, which say it cannot serve
   * now, which to retry). Without one, 200 is an answer, and 429 and 5xx the kit's shared meaning.
   */
  errors?: UpstreamErrorTable;
  /** Asked before every attempt; a 401 renews them once and the attempt is made again. */
  credentials?: CredentialProvider;
}

export interface ResilienceSettings extends RetrySettings, BreakerSettings {
  maxInFlight: number;
  /** Calls that may wait for a slot; beyond them a call is refused with RATE_LIMITED. */
  maxWaiting: number;
}

export type UpstreamRequest = Pick<
  AxiosRequestConfig,
  'method' | 'url' | 'headers' | 'params' | 'data' | 'responseType'
>;
export type UpstreamResponse = Pick<AxiosResponse, 'status' | 'headers' | 'data'>;

/** Turns the upstream's answer into a canonical result: where an adapter's protocol and mapping live. */
export type ResponseReader<T> = (response: UpstreamResponse) => Outcome<T>;

export interface UpstreamClientSeams {
  /** Replaces the network, for unit tests. */
  transport?: AxiosAdapter;
  random?: () => number;
}

/**
 * HTTP towards one upstream with the resilience every adapter needs: a timeout per attempt, retry
 * of transient faults with backoff, a circuit breaker, a cap on calls in flight, and the
 * request's deadline over all of it.
 */
export class UpstreamClient {
  private readonly http: AxiosInstance;
  private readonly breaker: UpstreamBreaker;
  private readonly bulkhead: Bulkhead;
  private readonly errors: UpstreamErrorTable;
  private readonly logger = new Logger(UpstreamClient.name);
  /** Connections are kept and reused, at most one per call in flight. */
  private readonly connections: { http: HttpAgent; https: HttpsAgent };

  constructor(
    private readonly options: UpstreamOptions,
    private readonly settings: ResilienceSettings,
    private readonly seams: UpstreamClientSeams = {},
    private readonly observer: UpstreamObserver = NO_UPSTREAM_OBSERVER,
  ) {
    const sockets = { keepAlive: true, maxSockets: settings.maxInFlight };
    this.connections = { http: new HttpAgent(sockets), https: new HttpsAgent(sockets) };
    this.http = axios.create({
      baseURL: options.baseURL,
      headers: options.headers,
      adapter: seams.transport,
      // Statuses are classified here, not thrown by axios.
      validateStatus: () => true,
      // A database that redirects is misconfigured: its 3xx is an answer the adapter cannot
      // read. Following nothing also spares every call the follow-redirects wrapper's work.
      maxRedirects: 0,
      httpAgent: this.connections.http,
      httpsAgent: this.connections.https,
    });
    this.breaker = new UpstreamBreaker(options.name, settings);
    this.bulkhead = new Bulkhead(settings.maxInFlight, settings.maxWaiting);
    this.errors = options.errors ?? upstreamErrorTable({ upstream: options.name });
  }

  get name(): string {
    return this.options.name;
  }

  get circuitOpen(): boolean {
    return this.breaker.isOpen;
  }

  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  get callsInFlight(): number {
    return this.bulkhead.callsInFlight;
  }

  get callsWaiting(): number {
    return this.bulkhead.callsWaiting;
  }

  /** Calls the upstream and reads its answer, retrying transient faults, never past `deadline` (epoch ms). */
  async call<T>(
    request: UpstreamRequest,
    read: ResponseReader<T>,
    deadline: number,
  ): Promise<Outcome<T>> {
    const outcome = await this.callWithRetries(request, read, deadline);
    this.observer.settled(this.name, outcome.ok ? 'ok' : outcome.code);
    return outcome;
  }

  private async callWithRetries<T>(
    request: UpstreamRequest,
    read: ResponseReader<T>,
    deadline: number,
  ): Promise<Outcome<T>> {
    for (let retriesDone = 0; ; retriesDone += 1) {
      const outcome = await this.authenticatedAttempt(request, read, deadline);
      if (outcome.ok) return outcome;
      const timeLeft = deadline - Date.now();
      const delay = nextRetryDelay(
        outcome,
        retriesDone,
        timeLeft,
        this.settings,
        this.seams.random,
      );
      if (delay === undefined) return settledFailure(outcome);
      this.logger.debug('retrying upstream call', {
        upstream: this.name,
        code: outcome.code,
        retry: retriesDone + 1,
        delayMs: delay,
      });
      this.observer.retried(this.name);
      await sleep(delay);
    }
  }

  shutdown(): void {
    this.breaker.shutdown();
    this.connections.http.destroy();
    this.connections.https.destroy();
  }

  private authenticatedAttempt<T>(
    request: UpstreamRequest,
    read: ResponseReader<T>,
    deadline: number,
  ): Promise<AttemptOutcome<T>> {
    const { credentials } = this.options;
    if (!credentials) return this.attempt(request, read, deadline);
    return attemptWithCredentials(credentials, this.name, deadline, (headers) =>
      this.attempt({ ...request, headers: { ...request.headers, ...headers } }, read, deadline),
    );
  }

  private async attempt<T>(
    request: UpstreamRequest,
    read: ResponseReader<T>,
    deadline: number,
  ): Promise<AttemptOutcome<T>> {
    const slot = await this.bulkhead.acquire(deadline);
    if (!slot.granted) return bulkheadRefusal(slot.reason, this.name);
    try {
      return await this.breaker.run(() => this.exchange(request, read, deadline));
    } finally {
      slot.release();
    }
  }

  private async exchange<T>(
    request: UpstreamRequest,
    read: ResponseReader<T>,
    deadline: number,
  ): Promise<AttemptOutcome<T>> {
    const timeLeft = deadline - Date.now();
    const timeoutMs = Math.max(1, Math.min(this.settings.attemptTimeoutMs, timeLeft));
    let response: AxiosResponse;
    const startedAt = performance.now();
    try {
      // axios's `timeout` bounds only socket inactivity; an abort bounds the whole exchange.
      response = await this.http.request({ ...request, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (!isAxiosError(error)) throw error;
      const cutByDeadline = timeoutMs < this.settings.attemptTimeoutMs;
      return classifyTransportError(error, this.name, cutByDeadline);
    } finally {
      this.observer.exchanged(this.name, (performance.now() - startedAt) / 1000);
    }
    if (response.status === 401 && this.options.credentials) return credentialsRefusal(this.name);
    return classifyStatus(response, this.name, this.errors) ?? read(response);
  }
}
