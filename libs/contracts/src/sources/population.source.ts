import { CitizenQueryDto } from '../citizen/citizen-query.dto';
import { CitizenModel, CitizenVerificationModel } from '../citizen/citizen.openapi';
import { defineSource, operation } from './source-descriptor';

/** Operations of the population source, carried in `RequestMessage.operation`. */
export const PopulationOperation = {
  CitizenLookup: 'citizen.lookup',
  CitizenVerify: 'citizen.verify',
} as const;

/** The National Population Database (Cơ sở dữ liệu quốc gia về dân cư), over SOAP. */
export const POPULATION_SOURCE = defineSource({
  name: 'population',
  title: 'National Population Database',
  description: 'Citizen data from the National Population Database.',
  protocol: 'soap',
  critical: true,
  latencyObjectiveMs: 800,
  operations: [
    operation({
      name: PopulationOperation.CitizenLookup,
      path: 'citizen-lookups',
      summary:
        "A citizen's population record, by identification number, full name and date of birth",
      request: CitizenQueryDto,
      response: CitizenModel,
      responseDescription: 'The population record, with its provenance',
      keyField: 'personalId',
      verdictOnly: false,
    }),
    operation({
      name: PopulationOperation.CitizenVerify,
      path: 'citizen-verifications',
      summary: 'Whether the claimed full name and date of birth match the population record',
      request: CitizenQueryDto,
      response: CitizenVerificationModel,
      responseDescription: 'A verdict per claimed field, with its provenance; no personal data',
      keyField: 'personalId',
      verdictOnly: true,
    }),
  ],
});
