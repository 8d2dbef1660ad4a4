import { BusinessRegistryOperation } from '@interop/contracts';
import { describeAdapterConformance } from '@interop/adapter-kit/testing';
import { startBusinessRegistryAdapter } from '../../apps/business-registry-adapter/src/business-registry-adapter.bootstrap';
import { BusinessRegistrySamplesResponse } from '../../apps/upstream-simulator/src/business-registry/business-registry-samples.dto';
import { loadSimulatorConfig } from '../../apps/upstream-simulator/src/config/simulator.config';
import { createSimulatorApp } from '../../apps/upstream-simulator/src/simulator.bootstrap';

/** Not the default: shows the adapter sends the key it is configured with. */
const API_KEY = 'conformance-api-key';

async function startSimulator() {
  const config = loadSimulatorConfig({
    BUSINESS_REGISTRY_API_KEY: API_KEY,
    SIMULATOR_POPULATION_SIZE: '200',
  });
  const app = await createSimulatorApp(config, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { url: await app.getUrl(), close: () => app.close() };
}

async function readSamples(simulatorUrl: string): Promise<BusinessRegistrySamplesResponse> {
  const response = await fetch(`${simulatorUrl}/_sim/business-registry/samples?limit=1`);
  return (await response.json()) as BusinessRegistrySamplesResponse;
}

/** The business-registry adapter (REST/JSON, API key) through the kit's conformance suite. */
describeAdapterConformance({
  name: 'business-registry adapter',
  source: 'business-registry',
  database: 'business-registry',
  startSimulator,
  upstreamCredentials: { UPSTREAM_API_KEY: API_KEY },
  startAdapter: startBusinessRegistryAdapter,
  fixtures: readSamples,
  lookup: {
    operation: BusinessRegistryOperation.EnterpriseLookup,
    payload: ({ samples: [enterprise] }) => ({ enterpriseCode: enterprise.enterpriseCode }),
    expect: (data, { samples: [enterprise] }) =>
      expect(data).toEqual(
        expect.objectContaining({
          enterpriseCode: enterprise.enterpriseCode,
          names: expect.objectContaining({ vietnamese: enterprise.name }),
          status: enterprise.status,
          legalRepresentative: expect.objectContaining({
            personalId: enterprise.legalRepresentative.personalId,
          }),
        }),
      ),
  },
  notFound: {
    operation: BusinessRegistryOperation.EnterpriseLookup,
    payload: ({ unknownEnterpriseCodes: [enterpriseCode] }) => ({ enterpriseCode }),
  },
  invalidInput: {
    operation: BusinessRegistryOperation.EnterpriseLookup,
    payload: () => ({ enterpriseCode: '0100000001' }),
    field: 'enterpriseCode',
  },
});
