import { PopulationOperation } from '@interop/contracts';
import { describeAdapterConformance } from '@interop/adapter-kit/testing';
import { startPopulationAdapter } from '../../apps/population-adapter/src/population-adapter.bootstrap';
import { loadSimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';
import {
  PopulationSample,
  PopulationSamplesResponse,
} from '../../apps/upstream-simulator/src/population/population-samples.dto';
import { createSimulatorApp } from '../../apps/upstream-simulator/src/simulator.bootstrap';

/** Not the defaults: shows the adapter sends the credentials it is configured with. */
const ACCESS = { key: 'conformance-key', secret: 'conformance-secret' };

async function startSimulator() {
  const config = loadSimulatorConfig({
    POPULATION_ACCESS_KEY: ACCESS.key,
    POPULATION_SECRET_KEY: ACCESS.secret,
    SIMULATOR_POPULATION_SIZE: '200',
  });
  const app = await createSimulatorApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { url: await app.getUrl(), close: () => app.close() };
}

async function readSamples(simulatorUrl: string): Promise<PopulationSamplesResponse> {
  const response = await fetch(`${simulatorUrl}/_sim/population/samples?limit=1`);
  return (await response.json()) as PopulationSamplesResponse;
}

const queryOf = ({ personalId, fullName, dateOfBirth }: PopulationSample) => ({
  personalId,
  fullName,
  dateOfBirth,
});

/** The birth year an identification number encodes: a date of birth must agree with it. */
function birthYearOf(personalId: string): string {
  const century = 1900 + Math.floor(Number(personalId[3]) / 2) * 100;
  return String(century + Number(personalId.slice(4, 6)));
}

/** The population adapter (SOAP, access key and secret) through the kit's conformance suite. */
describeAdapterConformance({
  name: 'population adapter',
  source: 'population',
  database: 'population',
  startSimulator,
  upstreamCredentials: { UPSTREAM_ACCESS_KEY: ACCESS.key, UPSTREAM_SECRET_KEY: ACCESS.secret },
  startAdapter: startPopulationAdapter,
  fixtures: readSamples,
  lookup: {
    operation: PopulationOperation.CitizenLookup,
    payload: ({ samples }) => queryOf(samples[0]),
    expect: (data, { samples: [citizen] }) =>
      expect(data).toEqual(
        expect.objectContaining({
          personalId: citizen.personalId,
          fullName: citizen.fullName,
          dateOfBirth: citizen.dateOfBirth,
          gender: citizen.gender,
        }),
      ),
  },
  notFound: {
    operation: PopulationOperation.CitizenLookup,
    payload: ({ unknownPersonalIds: [personalId] }) => ({
      personalId,
      fullName: 'Nguyễn Văn An',
      dateOfBirth: birthYearOf(personalId),
    }),
  },
  invalidInput: {
    operation: PopulationOperation.CitizenLookup,
    payload: ({ samples }) => ({ ...queryOf(samples[0]), personalId: '12345' }),
    field: 'personalId',
  },
});
