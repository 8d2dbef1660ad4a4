import { Kafka, logLevel } from 'kafkajs';
import { adapterPrincipal, HEALTH_CHECK_OPERATION, Reply } from '@interop/contracts';
import { KafkaConfig, kafkaConnection, loadConfig, principalKafkaEnv } from '@interop/platform';
import { KafkaNames } from '../../bootstrap/start-adapter';
import { AdapterConformanceOptions, ConformanceRequest } from '../conformance-options';
import { Answer, KafkaRequester } from './kafka-requester';
import { RunTopics } from './run-topics';
import { SimulatorAdmin } from './simulator-admin';
import { CircuitBehaviour, SUITE_SETTINGS, suiteEnv } from './suite-settings';
import { TopicListener } from './topic-listener';

/** One adapter instance under test, on topics and a consumer group of its own. */
export interface AdapterUnderTest {
  readonly kafka: KafkaNames;
}

/** What the cases use once the suite has started. */
interface Session<Fixtures> {
  fixtures: Fixtures;
  requester: KafkaRequester;
  deadLetters: TopicListener;
  adapter: AdapterUnderTest;
}

/**
 * Everything one suite run drives an adapter with: the simulator, isolated topics, a plain
 * Kafka requester, and the adapter instances it started. Built in `beforeAll`, so the cases
 * read it through getters that point to the setup's error if it failed. The harness connects
 * with the Kafka settings of the environment (an admin, on a secured cluster); the adapter with
 * its own principal's.
 */
export class ConformanceHarness<Fixtures> {
  private readonly kafka: Kafka;
  private readonly topics: RunTopics;
  private readonly cleanup: Array<() => Promise<void>> = [];
  private admin?: SimulatorAdmin;
  private session?: Session<Fixtures>;

  constructor(readonly options: AdapterConformanceOptions<Fixtures>) {
    this.kafka = new Kafka({
      clientId: `conformance-${options.source}`,
      ...kafkaConnection(loadConfig(KafkaConfig)),
      logLevel: logLevel.ERROR,
    });
    this.topics = new RunTopics(this.kafka, options.source);
  }

  get simulator(): SimulatorAdmin {
    return this.admin ?? notStarted();
  }

  get fixtures(): Fixtures {
    return this.ready().fixtures;
  }

  get deadLetters(): TopicListener {
    return this.ready().deadLetters;
  }

  /** The instance most cases use; its circuit never opens. */
  get adapter(): AdapterUnderTest {
    return this.ready().adapter;
  }

  async start(): Promise<void> {
    const simulator = await this.options.startSimulator();
    this.onStop(() => simulator.close());
    this.admin = new SimulatorAdmin(simulator.url, this.options.database);
    // Runs once every Kafka client started after this line has stopped.
    this.onStop(() => this.topics.deleteAll());
    const fixtures = (await this.options.fixtures?.(simulator.url)) as Fixtures;
    const adapter = await this.startAdapter('never-opens');
    const requester = await KafkaRequester.start(this.kafka, this.topics.replies);
    this.onStop(() => requester.stop());
    const deadLetters = await TopicListener.start(this.kafka, adapter.kafka.deadLetterTopic);
    this.onStop(() => deadLetters.stop());
    this.session = { fixtures, requester, deadLetters, adapter };
  }

  /** An instance of the adapter on topics of its own, stopped with the harness. */
  async startAdapter(circuit: CircuitBehaviour): Promise<AdapterUnderTest> {
    const kafka = this.topics.adapterNames(circuit);
    await this.topics.create(kafka);
    const env = {
      ...principalKafkaEnv(adapterPrincipal(this.options.source)),
      ...suiteEnv(circuit, this.topics.replies),
      UPSTREAM_URL: this.simulator.url,
      ...this.options.upstreamCredentials,
    };
    const running = await this.options.startAdapter(env, kafka);
    this.onStop(() => running.stop());
    return { kafka };
  }

  ask(request: ConformanceRequest<Fixtures>, on = this.adapter): Promise<Answer> {
    return this.send(on, request.operation, request.payload(this.fixtures));
  }

  /** As `ask`, also counting the requests the simulated database received meanwhile. */
  async askCounted(
    request: ConformanceRequest<Fixtures>,
    on = this.adapter,
  ): Promise<Answer & { upstreamRequests: number }> {
    const before = await this.simulator.requestsReceived();
    const answer = await this.ask(request, on);
    return { ...answer, upstreamRequests: (await this.simulator.requestsReceived()) - before };
  }

  async checkHealth(on = this.adapter): Promise<Reply<unknown>> {
    return (await this.send(on, HEALTH_CHECK_OPERATION, {})).reply;
  }

  async clearFaults(): Promise<void> {
    await this.admin?.clearFaults();
  }

  /** Stops what was started, last first, however far the start got. */
  async stop(): Promise<void> {
    for (let step = this.cleanup.pop(); step; step = this.cleanup.pop()) await step();
  }

  private onStop(step: () => Promise<void>): void {
    this.cleanup.push(step);
  }

  private send(on: AdapterUnderTest, operation: string, payload: object): Promise<Answer> {
    const { requester } = this.ready();
    return requester.ask(
      on.kafka.requestTopic,
      operation,
      payload,
      SUITE_SETTINGS.requestDeadlineMs,
    );
  }

  private ready(): Session<Fixtures> {
    return this.session ?? notStarted();
  }
}

function notStarted(): never {
  throw new Error('the conformance suite did not start; see the error in beforeAll');
}
