import { SourceName } from '@interop/contracts';
import { KafkaNames } from '../bootstrap/start-adapter';

/** The upstream simulator, booted in process by the adapter's test file for the suite. */
export interface ConformanceSimulator {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  close(): Promise<void>;
}

/** What the suite needs of a started adapter; the kit's `RunningAdapter` is one. */
export interface StoppableAdapter {
  stop(): Promise<void>;
}

/**
 * A request to one of the adapter's own operations. The payload is built once the simulator is
 * up, from the fixtures the adapter's test file read from it (a known citizen, an unknown id).
 */
export interface ConformanceRequest<Fixtures> {
  /** As in `RequestMessage.operation`, e.g. `citizen.lookup`. */
  operation: string;
  payload(fixtures: Fixtures): object;
}

export interface LookupConformance<Fixtures> extends ConformanceRequest<Fixtures> {
  /** Jest assertions on the reply's `data`: the known record, mapped to the canonical model. */
  expect(data: unknown, fixtures: Fixtures): void;
}

export interface InvalidInputConformance<Fixtures> extends ConformanceRequest<Fixtures> {
  /** The payload property the contract rejects, e.g. `personalId` (replied as `payload.personalId`). */
  field: string;
}

/** For an upstream whose access token can expire or be revoked (OAuth2 client credentials). */
export interface TokenAuthConformance {
  /**
   * Makes the simulator refuse the token the adapter holds now, as it refuses an expired or
   * revoked one, while tokens issued afterwards work. The suite clears the faults afterwards.
   */
  invalidateToken(simulatorUrl: string): Promise<void>;
}

/** Everything the conformance suite needs to know about one adapter. */
export interface AdapterConformanceOptions<Fixtures = undefined> {
  /** Names the suite in the test report, e.g. `population adapter`. */
  name: string;
  /** The source the adapter serves: replies must carry it in `meta.source`. */
  source: SourceName;
  /** The simulated database behind it, as in `/_sim/faults/<database>` and `/_sim/stats/<database>`. */
  database: string;
  /** Boots the real simulator in process (`createSimulatorApp`), listening on a free port. */
  startSimulator(): Promise<ConformanceSimulator>;
  /**
   * The adapter's credentials variables (`UPSTREAM_API_KEY`, ...) with the values the simulator
   * was started with: the suite points `UPSTREAM_URL` at the simulator itself.
   */
  upstreamCredentials: NodeJS.ProcessEnv;
  /**
   * The adapter's start function, shared with its main.ts (e.g. `startPopulationAdapter`). The
   * suite passes the kit's variables (the cluster and the adapter's principal, `UPSTREAM_URL`,
   * small timeouts and circuit settings, its reply topic) merged with `upstreamCredentials`, and
   * topics and a consumer group of its own, on which that principal has the ACLs it has on its
   * real ones.
   */
  startAdapter(env: NodeJS.ProcessEnv, kafka: KafkaNames): Promise<StoppableAdapter>;
  /** Reads what the payloads need from the simulator, once, before the first case. */
  fixtures?(simulatorUrl: string): Promise<Fixtures>;
  /** A record the simulator holds: answered `ok` with data that passes `expect`. */
  lookup: LookupConformance<Fixtures>;
  /** A well-formed query for a record the simulator does not hold: answered `NOT_FOUND`. */
  notFound: ConformanceRequest<Fixtures>;
  /** A payload the operation's contract rejects: `VALIDATION_FAILED`, the upstream not called. */
  invalidInput: InvalidInputConformance<Fixtures>;
  /** Declared by adapters whose upstream uses tokens; without it the token case is skipped. */
  tokenAuth?: TokenAuthConformance;
}
