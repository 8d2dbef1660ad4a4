import { DossierCheckRequestOf } from '@interop/contracts';
import { DOSSIER_CLAIMS } from './claims/dossier-claims';

/**
 * What a dossier declares, to be checked against the authoritative sources: the purpose, then
 * each registered claim's part (the applicant's identity always, the others when declared). Body
 * of `POST /v1/dossier-checks`, and the payload of a `dossier-checks` `check` on a caller's intake.
 */
export class DossierCheckRequestDto extends DossierCheckRequestOf(
  DOSSIER_CLAIMS.map(({ part }) => part),
) {}
