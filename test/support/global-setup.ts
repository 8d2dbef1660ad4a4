import './register-aliases';
import { topicPlan } from '@interop/contracts';
import { ensureTopics } from '../../scripts/create-topics';
import { startLocalKafka } from './local-kafka';

/** Runs once before all e2e tests: a real broker, with every planned topic. */
export default async function globalSetup(): Promise<void> {
  if (!process.env.KAFKA_BROKERS) {
    process.env.KAFKA_BROKERS = startLocalKafka();
  }
  const brokers = process.env.KAFKA_BROKERS.split(',').map((broker) => broker.trim());
  await ensureTopics(brokers, topicPlan(), { log: () => undefined });
}
