import { UpstreamResponse } from '@interop/adapter-kit';
// The simulator's handlers, called as functions: prove the mapping and the simulator agree.
import { truncated } from '../../../upstream-simulator/src/faults/fault-injector';
import {
  ApiRequest,
  handleLookup,
  handlePing,
  handleSearch,
} from '../../../upstream-simulator/src/business-registry/business-registry-api.handler';
import { BUSINESS_REGISTRY_FAULT_RESPONSES } from '../../../upstream-simulator/src/business-registry/business-registry-responses';
import { EnterpriseRegistry } from '../../../upstream-simulator/src/business-registry/enterprise-registry';
import { SimulatedResponse } from '../../../upstream-simulator/src/common/simulated-response';
import { fixture, fixtureText } from '../fixtures/read-fixture';
import { checkAnswersCode } from './lookup-answer.check';
import { mapEnterprise } from './enterprise.mapper';
import { mapPing } from './ping.mapper';
import { readRegistryResponse } from './registry-response.reader';
import { mapSearchPage } from './search-page.mapper';

/** The simulator's default registry, which the fixtures were produced from. */
const registry = EnterpriseRegistry.forPopulation(20250701, 10_000);
const context = { registry, apiKey: 'test-key' };
const PURPOSE = { maDonVi: 'H40.DVC', maCanBo: 'CB0001', maThuTuc: '1.001234' };
const FIXTURE_ENTERPRISE = '0103376519';

const request = (query: Record<string, unknown> = {}): ApiRequest => ({
  apiKey: 'test-key',
  query: { ...PURPOSE, ...query },
});
const lookup = (maSo: string, as = request()) => handleLookup({ ...as, maSo }, context);
const search = (query: Record<string, unknown>) => handleSearch(request(query), context);
const asUpstream = ({ status, body }: SimulatedResponse): UpstreamResponse => ({
  status,
  headers: {},
  data: body,
});

describe('mapping against the simulator', () => {
  it('maps every enterprise the simulator holds, with the facts it holds', () => {
    const problems = registry.enterprises.flatMap((enterprise) => {
      const outcome = readRegistryResponse(mapEnterprise)(asUpstream(lookup(enterprise.code)));
      if (!outcome.ok) return [`${enterprise.code}: ${JSON.stringify(outcome.details)}`];
      const mapped = outcome.value;
      const same =
        mapped.enterpriseCode === enterprise.code &&
        mapped.names.vietnamese === enterprise.name &&
        mapped.status === enterprise.standing &&
        mapped.establishedOn === enterprise.establishedOn &&
        mapped.legalRepresentative.personalId === enterprise.representative.personalId &&
        mapped.charterCapital.amount === enterprise.charterCapital &&
        mapped.branches.length === enterprise.branches.length;
      return same ? [] : [`${enterprise.code}: mapped differently`];
    });
    expect(registry.enterprises.length).toBe(3000);
    expect(problems).toEqual([]);
  });

  it('answers a branch code with the enterprise, which lists the branch', () => {
    const parent = registry.enterprises.find((enterprise) => enterprise.branches.length > 0)!;
    const branchCode = parent.branches[0].code;
    const outcome = readRegistryResponse(mapEnterprise)(asUpstream(lookup(branchCode)));
    expect(outcome.ok && checkAnswersCode(branchCode, outcome.value)).toMatchObject({
      ok: true,
      value: { enterpriseCode: parent.code },
    });
  });

  it('maps every page of a search, whose items add up to the total', () => {
    const first = readRegistryResponse(mapSearchPage)(
      asUpstream(search({ ten: 'xay dung', soBanGhi: '50' })),
    );
    if (!first.ok) throw new Error(JSON.stringify(first));
    const pages = Math.ceil(first.value.total / 50);
    let seen = first.value.items.length;
    for (let page = 2; page <= pages; page++) {
      const next = readRegistryResponse(mapSearchPage)(
        asUpstream(search({ ten: 'xay dung', soBanGhi: '50', trang: String(page) })),
      );
      if (!next.ok) throw new Error(JSON.stringify(next));
      seen += next.value.items.length;
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen).toBe(first.value.total);
  });

  it('maps the ping', () => {
    const ping = handlePing({ apiKey: 'test-key', query: {} }, context);
    expect(readRegistryResponse(mapPing)(asUpstream(ping))).toEqual({ ok: true, value: true });
  });
});

describe('the fixtures are what the simulator sends', () => {
  const body = (response: SimulatedResponse) => JSON.parse(response.body);

  it.each([
    ['lookup-ok.json', () => lookup(FIXTURE_ENTERPRISE)],
    ['not-found.json', () => lookup(registry.unknownCodes[0])],
    ['error-auth.json', () => lookup(FIXTURE_ENTERPRISE, { apiKey: 'wrong', query: {} })],
    ['error-invalid-request.json', () => lookup(FIXTURE_ENTERPRISE, { ...request(), query: {} })],
    ['error-quota.json', () => BUSINESS_REGISTRY_FAULT_RESPONSES.quotaExhausted()],
    ['error-server.json', () => BUSINESS_REGISTRY_FAULT_RESPONSES.serverError()],
    ['search-ok.json', () => search({ ten: 'Hoàng Long', soBanGhi: '2' })],
    ['search-empty.json', () => search({ ten: 'Không ai có tên này' })],
    ['ping-ok.json', () => handlePing({ apiKey: 'test-key', query: {} }, context)],
  ])('%s', (name, send) => {
    expect(body(send())).toEqual(fixture(name));
  });

  it('lookup-truncated.txt', () => {
    expect(truncated(lookup(FIXTURE_ENTERPRISE)).body).toBe(fixtureText('lookup-truncated.txt'));
  });
});
