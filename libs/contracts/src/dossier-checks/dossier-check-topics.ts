/**
 * The dossier core's checks over Kafka: a check request (value: `DossierCheckRequestDto`, key:
 * the dossier id, headers: the request headers of every source request) is answered with the
 * reply envelope of a `DossierCheckResult` on the requester's reply topic.
 */
export const DOSSIER_CHECK_REQUEST_TOPIC = 'interop.dossier-checks.requests';

/** Check requests that failed contract validation, with the reason in `x-dead-letter-reason`. */
export const DOSSIER_CHECK_DEAD_LETTER_TOPIC = 'interop.dossier-checks.requests.dlq';
