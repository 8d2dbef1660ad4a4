import {
  EnterpriseLookupDto,
  EnterpriseSearchDto,
} from '../business-registry/enterprise-query.dto';
import { CitizenQueryDto } from '../citizen/citizen-query.dto';
import { PersonalIdQueryDto } from '../civil-status/personal-id-query.dto';
import {
  BusinessRegistryOperation,
  CivilStatusOperation,
  PopulationOperation,
  SOURCE_OPERATIONS,
} from './operations';
import { SourceName } from './sources';

/** What a request for an operation carries, and which of its fields keys the Kafka message. */
export interface OperationContract {
  payload: new () => object;
  keyField: string;
}

function contract<Payload extends object>(
  payload: new () => Payload,
  keyField: keyof Payload & string,
): OperationContract {
  return { payload, keyField };
}

const personal = contract(PersonalIdQueryDto, 'personalId');
const citizen = contract(CitizenQueryDto, 'personalId');

/** The request contract of every source operation, for whoever asks a source generically. */
export const OPERATION_CONTRACTS: {
  readonly [S in SourceName]: Readonly<
    Record<(typeof SOURCE_OPERATIONS)[S][number], OperationContract>
  >;
} = {
  population: {
    [PopulationOperation.CitizenLookup]: citizen,
    [PopulationOperation.CitizenVerify]: citizen,
  },
  'civil-status': {
    [CivilStatusOperation.BirthLookup]: personal,
    [CivilStatusOperation.MarriageLookup]: personal,
    [CivilStatusOperation.DeathLookup]: personal,
    [CivilStatusOperation.MaritalStatusLookup]: personal,
  },
  'business-registry': {
    [BusinessRegistryOperation.EnterpriseLookup]: {
      payload: EnterpriseLookupDto,
      keyField: 'enterpriseCode',
    },
    [BusinessRegistryOperation.EnterpriseSearch]: {
      payload: EnterpriseSearchDto,
      keyField: 'name',
    },
  },
};

/** The contract of `operation` of `source`, if the source has that operation. */
export function operationContract(
  source: SourceName,
  operation: string,
): OperationContract | undefined {
  const contracts = OPERATION_CONTRACTS[source] as Readonly<Record<string, OperationContract>>;
  return Object.hasOwn(contracts, operation) ? contracts[operation] : undefined;
}
