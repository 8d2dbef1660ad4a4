import { INestApplication } from '@nestjs/common';
import { parseEnterpriseCode } from '@interop/contracts';
import request from 'supertest';
import { loadSimulatorConfig } from '../config/simulator.config';
import { createSimulatorApp } from '../simulator.bootstrap';
import { BusinessRegistrySamplesResponse, EnterpriseSample } from './business-registry-samples.dto';

const API_KEY = 'test-business-registry-key';
const PURPOSE = { maDonVi: 'H40.DVC', maCanBo: 'CB0001', maThuTuc: '1.001234' };

/** The business registry over HTTP, in process: routing, the key header, samples and faults. */
describe('business registry over HTTP', () => {
  let app: INestApplication;
  let samples: BusinessRegistrySamplesResponse;
  const http = () => request(app.getHttpServer());
  const lookup = (code: string, apiKey = API_KEY) =>
    http()
      .get(`/business-registry/api/v1/doanh-nghiep/${code}`)
      .query(PURPOSE)
      .set('X-API-Key', apiKey);
  const setFaults = (faults: object) =>
    http().put('/_sim/faults/business-registry').send(faults).expect(200);

  beforeAll(async () => {
    const config = loadSimulatorConfig({
      SIMULATOR_POPULATION_SIZE: '500',
      BUSINESS_REGISTRY_API_KEY: API_KEY,
    });
    app = await createSimulatorApp(config, { logger: false });
    await app.init();
    samples = (await http().get('/_sim/business-registry/samples?limit=5')).body;
  });

  afterAll(() => app.close());
  afterEach(() => http().delete('/_sim/faults/business-registry').expect(204));

  it('answers a lookup to the configured key, sent as the X-API-Key header', async () => {
    const [sample] = samples.samples;
    const response = await lookup(sample.enterpriseCode).expect(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body.maSoDoanhNghiep).toBe(sample.enterpriseCode);
    await lookup(sample.enterpriseCode, 'dev-business-registry-key').expect(401);
  });

  it('answers the ping', async () => {
    await http()
      .get('/business-registry/api/v1/ping')
      .set('X-API-Key', API_KEY)
      .expect(200, { trangThai: 'HOAT_DONG' });
  });

  it('lists samples with their legal representative, unknown codes and branch codes', async () => {
    expect(samples).toEqual(expect.objectContaining({ total: 150, offset: 0, limit: 5 }));
    expect(samples.samples[0].legalRepresentative).toEqual({
      personalId: expect.stringMatching(/^\d{12}$/),
      fullName: expect.any(String),
      dateOfBirth: expect.stringMatching(/^\d{4}(-\d{2}-\d{2})?$/),
      position: expect.any(String),
    });
    expect(samples.unknownEnterpriseCodes.every((code) => parseEnterpriseCode(code).ok)).toBe(true);
    expect(samples.branchSamples[0].branchCode).toMatch(/^\d{10}-\d{3}$/);
    for (const code of samples.unknownEnterpriseCodes) await lookup(code).expect(404);
  });

  it('names as legal representatives citizens the population database holds', async () => {
    const citizens = (await http().get('/_sim/population/samples?limit=500')).body.samples;
    const identityOf = (person: { personalId: string; fullName: string; dateOfBirth: string }) =>
      `${person.personalId} ${person.fullName} ${person.dateOfBirth}`;
    const population = new Set(citizens.map(identityOf));
    const all = (await http().get('/_sim/business-registry/samples?limit=1000')).body;
    const strangers = all.samples.filter(
      (sample: EnterpriseSample) => !population.has(identityOf(sample.legalRepresentative)),
    );
    expect(all.samples).toHaveLength(150);
    expect(strangers).toEqual([]);
  });

  it('filters samples by legal status', async () => {
    const { body } = await http().get('/_sim/business-registry/samples?status=dissolved&limit=3');
    expect(body.samples.length).toBeGreaterThan(0);
    expect(body.samples.every((sample: { status: string }) => sample.status === 'dissolved')).toBe(
      true,
    );
  });

  it.each(['limit=0', 'status=closed', 'offset=-1', 'extra=1'])(
    'rejects sample query %s',
    async (query) => {
      await http().get(`/_sim/business-registry/samples?${query}`).expect(400);
    },
  );

  it('refuses on quota with 429 and a Retry-After header', async () => {
    await setFaults({ quotaExhausted: true });
    const response = await lookup(samples.samples[0].enterpriseCode).expect(429);
    expect(response.headers['retry-after']).toBe('60');
    expect(response.body.maLoi).toBe('VUOT_HAN_MUC');
  });

  it('injects server errors, outages and truncated JSON', async () => {
    const code = samples.samples[0].enterpriseCode;
    await setFaults({ errorRate: 1 });
    expect((await lookup(code).expect(500)).body.maLoi).toBe('LOI_HE_THONG');
    await setFaults({ outage: true });
    await lookup(code).expect(503);
    await setFaults({ malformed: true });
    const truncated = await lookup(code)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      })
      .expect(200);
    expect(() => JSON.parse(truncated.body)).toThrow();
  });
});
