import './register-aliases';
import { accessPlan, intakeTopic, topicPlan } from '@interop/contracts';
import { KafkaConfig, kafkaConnection, loadConfig } from '@interop/platform';
import { ensureTopics } from '../../scripts/create-topics';
import { startLocalKafka } from './local-kafka';
import { E2E_KAFKA_CALLERS } from './test-access';

/**
 * Runs once before all e2e tests: a real, secured broker with every planned topic and ACL, and
 * the intakes of the tests' Kafka callers (which must exist before a gateway subscribes). The
 * tests inherit the admin's credentials for their own clients (harnessKafka); each app under
 * test gets its own principal's (principalKafkaEnv). With KAFKA_BROKERS set, the environment
 * must give the admin's credentials and KAFKA_CREDENTIALS_DIR the principals' password files.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.KAFKA_BROKERS) Object.assign(process.env, startLocalKafka());
  const intakes = E2E_KAFKA_CALLERS.map((caller) => ({
    topic: intakeTopic(caller),
    numPartitions: 2,
  }));
  await ensureTopics(kafkaConnection(loadConfig(KafkaConfig)), [...topicPlan(), ...intakes], {
    grants: accessPlan(),
    log: () => undefined,
  });
}
