/**
 * Systems that call the gateway over Kafka instead of HTTP. Each has a principal of its own, an
 * intake topic only it may write, and reply topics only it may read. The dossier core is the
 * first; here it is a demo principal, played by the tests.
 */
export const KAFKA_CALLERS = ['dossier-core'] as const;
