import './register-aliases';
import { intakeTopic, topicPlan } from '@interop/contracts';
import { ensureTopics } from '../../scripts/create-topics';
import { startLocalKafka } from './local-kafka';
import { E2E_KAFKA_CALLERS } from './test-access';

/**
 * Runs once before all e2e tests: a real broker, with every planned topic and the intakes of the
 * tests' Kafka callers (which must exist before a gateway subscribes).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.KAFKA_BROKERS) {
    process.env.KAFKA_BROKERS = startLocalKafka();
  }
  const brokers = process.env.KAFKA_BROKERS.split(',').map((broker) => broker.trim());
  const intakes = E2E_KAFKA_CALLERS.map((caller) => ({
    topic: intakeTopic(caller),
    numPartitions: 2,
  }));
  await ensureTopics(brokers, [...topicPlan(), ...intakes], { log: () => undefined });
}
