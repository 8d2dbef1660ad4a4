import {
  BirthRegistrationModel,
  DeathRegistrationModel,
  MaritalStatusRecordModel,
  MarriageHistoryModel,
} from '../civil-status/civil-status.openapi';
import { PersonalIdQueryDto } from '../civil-status/personal-id-query.dto';
import { defineSource, operation } from './source-descriptor';

/** Operations of the civil-status source. Payload: `PersonalIdQueryDto`. */
export const CivilStatusOperation = {
  BirthLookup: 'birth.lookup',
  MarriageLookup: 'marriage.lookup',
  DeathLookup: 'death.lookup',
  MaritalStatusLookup: 'marital-status.lookup',
} as const;

function lookup(name: string, path: string, summary: string, response: new () => object) {
  return operation({
    name,
    path,
    summary,
    request: PersonalIdQueryDto,
    response,
    keyField: 'personalId',
    verdictOnly: false,
  });
}

/** The electronic civil-status (hộ tịch) database, over REST with OAuth2 client credentials. */
export const CIVIL_STATUS_SOURCE = defineSource({
  name: 'civil-status',
  title: 'Electronic civil-status database',
  description: 'Registrations from the electronic civil-status (hộ tịch) database.',
  protocol: 'rest',
  critical: false,
  latencyObjectiveMs: 1000,
  operations: [
    lookup(
      CivilStatusOperation.BirthLookup,
      'birth-lookups',
      "The person's own birth registration",
      BirthRegistrationModel,
    ),
    lookup(
      CivilStatusOperation.MarriageLookup,
      'marriage-lookups',
      "The person's current and past marriage registrations",
      MarriageHistoryModel,
    ),
    lookup(
      CivilStatusOperation.DeathLookup,
      'death-lookups',
      "The person's death registration",
      DeathRegistrationModel,
    ),
    lookup(
      CivilStatusOperation.MaritalStatusLookup,
      'marital-status-lookups',
      "The person's marital status as the civil-status register has it",
      MaritalStatusRecordModel,
    ),
  ],
});
