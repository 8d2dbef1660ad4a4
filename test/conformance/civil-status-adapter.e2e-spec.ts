import { CivilStatusOperation } from '@interop/contracts';
import { describeAdapterConformance } from '@interop/adapter-kit/testing';
import { startCivilStatusAdapter } from '../../apps/civil-status-adapter/src/civil-status-adapter.bootstrap';
import { CivilStatusSamplesResponse } from '../../apps/upstream-simulator/src/civil-status/admin/civil-status-samples.dto';
import { loadSimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';
import { createSimulatorApp } from '../../apps/upstream-simulator/src/simulator.bootstrap';

/** Not the defaults: shows the adapter authenticates as the client it is configured as. */
const CLIENT = { id: 'conformance-client', secret: 'conformance-secret' };

async function startSimulator() {
  const config = loadSimulatorConfig({
    CIVIL_STATUS_CLIENT_ID: CLIENT.id,
    CIVIL_STATUS_CLIENT_SECRET: CLIENT.secret,
    SIMULATOR_POPULATION_SIZE: '200',
  });
  const app = await createSimulatorApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { url: await app.getUrl(), close: () => app.close() };
}

async function readSamples(simulatorUrl: string): Promise<CivilStatusSamplesResponse> {
  const response = await fetch(`${simulatorUrl}/_sim/civil-status/samples?kind=birth&limit=1`);
  return (await response.json()) as CivilStatusSamplesResponse;
}

/** Revoking every token issued so far leaves the adapter holding one the service refuses. */
async function revokeTokens(simulatorUrl: string): Promise<void> {
  const response = await fetch(`${simulatorUrl}/_sim/civil-status/tokens/revoke`, {
    method: 'POST',
  });
  if (!response.ok) throw new Error(`revoking tokens answered ${response.status}`);
}

/** The civil-status adapter (REST/JSON, OAuth2 client credentials) through the kit's suite. */
describeAdapterConformance({
  name: 'civil-status adapter',
  source: 'civil-status',
  database: 'civil-status',
  startSimulator,
  upstreamCredentials: { UPSTREAM_CLIENT_ID: CLIENT.id, UPSTREAM_CLIENT_SECRET: CLIENT.secret },
  startAdapter: startCivilStatusAdapter,
  fixtures: readSamples,
  lookup: {
    operation: CivilStatusOperation.BirthLookup,
    payload: ({ samples: [person] }) => ({ personalId: person.personalId }),
    expect: (data, { samples: [person] }) =>
      expect(data).toEqual(
        expect.objectContaining({
          child: expect.objectContaining({
            personalId: person.personalId,
            fullName: person.fullName,
            dateOfBirth: person.dateOfBirth,
          }),
        }),
      ),
  },
  notFound: {
    operation: CivilStatusOperation.BirthLookup,
    payload: ({ unknownPersonalIds: [personalId] }) => ({ personalId }),
  },
  invalidInput: {
    operation: CivilStatusOperation.MarriageLookup,
    payload: () => ({ personalId: '12345' }),
    field: 'personalId',
  },
  tokenAuth: { invalidateToken: revokeTokens },
});
