import { describeAnswers, describeHostileKeys } from './cases/answers.cases';
import { describeCircuit } from './cases/circuit.cases';
import { describeHealth } from './cases/health.cases';
import { describeTokenRefresh } from './cases/token-refresh.cases';
import { describeUpstreamFaults } from './cases/upstream-faults.cases';
import { AdapterConformanceOptions } from './conformance-options';
import { ConformanceHarness } from './harness/conformance-harness';
import { SUITE_SETTINGS } from './harness/suite-settings';

/**
 * The conformance suite every adapter runs with this one call in its e2e test file (STYLE #10):
 * the adapter, started by its own start function, is driven by a plain Kafka requester on the
 * real broker against the real simulator, through lookup, not found, invalid input, upstream
 * timeout, server errors and retries, malformed answers, the circuit breaker, token refresh and
 * health. Each case clears the simulator's faults after itself.
 */
export function describeAdapterConformance<Fixtures = undefined>(
  options: AdapterConformanceOptions<Fixtures>,
): void {
  describe(`${options.name} conformance`, () => {
    const harness = new ConformanceHarness(options);

    beforeAll(() => harness.start(), SUITE_SETTINGS.setupTimeoutMs);
    afterEach(() => harness.clearFaults());
    afterAll(() => harness.stop(), SUITE_SETTINGS.setupTimeoutMs);

    describeAnswers(harness);
    describeHostileKeys(harness);
    describeUpstreamFaults(harness);
    describeHealth(harness);
    describeCircuit(harness);
    describeTokenRefresh(harness);
  });
}
