import { Random, weightedTable } from '../../synthetic/random';
import { REGISTRY_SNAPSHOT } from './registration-dates';
import { EnterpriseStanding } from './synthetic-enterprise';

/** Most registered enterprises are active; about a quarter have stopped one way or another. */
const STANDING_MIX = weightedTable<EnterpriseStanding>([
  ['active', 72],
  ['suspended', 7],
  ['not-operating-at-registered-address', 6],
  ['certificate-revoked', 3],
  ['dissolving', 2],
  ['bankrupt', 1],
  ['dissolved', 9],
]);

/** Share of an active enterprise's branches that have been closed. */
const CLOSED_BRANCH_SHARE = 0.1;

export function standingOf(random: Random, establishedOn: string): EnterpriseStanding {
  // Enterprises registered within the last year have not had time to wind down.
  const recent = Number(establishedOn.slice(0, 4)) >= REGISTRY_SNAPSHOT.year - 1;
  return recent ? 'active' : random.pickWeighted(STANDING_MIX);
}

/** A branch cannot outlive its enterprise: it follows the enterprise unless that is active. */
export function branchStandingOf(random: Random, parent: EnterpriseStanding): EnterpriseStanding {
  if (parent !== 'active') return parent;
  return random.chance(CLOSED_BRANCH_SHARE) ? 'dissolved' : 'active';
}
