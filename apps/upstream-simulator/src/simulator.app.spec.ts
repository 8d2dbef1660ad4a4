import { INestApplication } from '@nestjs/common';
import { XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { loadSimulatorConfig } from './config/simulator.config';
import { PopulationSample } from './population/population-samples.dto';
import { PopulationOperation } from './population/population-soap.contract';
import {
  PURPOSE,
  soapRequest,
  TEST_CREDENTIALS,
} from './population/testing/population-soap-requests';
import { createSimulatorApp } from './simulator.bootstrap';

/** The whole app over HTTP, in process: wiring, body parsing, validation and fault delivery. */
describe('upstream simulator app', () => {
  let app: INestApplication;
  let sample: PopulationSample;

  beforeAll(async () => {
    const config = loadSimulatorConfig({
      SIMULATOR_POPULATION_SIZE: '200',
      POPULATION_ACCESS_KEY: TEST_CREDENTIALS.accessKey,
      POPULATION_SECRET_KEY: TEST_CREDENTIALS.secretKey,
    });
    app = await createSimulatorApp(config, { logger: false });
    await app.init();
    sample = (await request(app.getHttpServer()).get('/_sim/population/samples?limit=1')).body
      .samples[0];
  });

  afterAll(() => app.close());
  afterEach(() => request(app.getHttpServer()).delete('/_sim/faults/population'));

  const lookup = () => {
    const { body, soapAction } = soapRequest(PopulationOperation.Lookup, {
      SoDinhDanh: sample.personalId,
      HoVaTen: sample.fullName,
      NgayThangNamSinh: sample.dateOfBirth.replace(/-/g, ''),
      ...PURPOSE,
    });
    return request(app.getHttpServer())
      .post('/population/soap')
      .set('Content-Type', 'text/xml; charset=utf-8')
      .set('SOAPAction', soapAction)
      .send(body)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => done(null, text));
      });
  };
  const setFaults = (faults: object) =>
    request(app.getHttpServer()).put('/_sim/faults/population').send(faults);

  it('reports its own health', async () => {
    await request(app.getHttpServer()).get('/_sim/health').expect(200, { status: 'ok' });
  });

  it('lists samples with unknown ids for not-found tests', async () => {
    const { body } = await request(app.getHttpServer())
      .get('/_sim/population/samples?limit=3&offset=10')
      .expect(200);
    expect(body.samples).toHaveLength(3);
    expect(body).toEqual(expect.objectContaining({ total: 200, offset: 10, limit: 3 }));
    expect(body.unknownPersonalIds).toHaveLength(5);
    expect(body.samples[0]).toEqual(
      expect.objectContaining({
        personalId: expect.stringMatching(/^\d{12}$/),
        dateOfBirth: expect.stringMatching(/^\d{4}(-\d{2}-\d{2})?$/),
      }),
    );
  });

  it.each(['limit=0', 'limit=abc', 'offset=-1', 'limit=5000', 'extra=1'])(
    'rejects sample query %s',
    async (query) => {
      await request(app.getHttpServer()).get(`/_sim/population/samples?${query}`).expect(400);
    },
  );

  it('answers a SOAP lookup over HTTP', async () => {
    const response = await lookup().expect(200);
    expect(response.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(response.body).toContain('<MaKetQua>0</MaKetQua>');
    expect(response.body).toContain(`<SoDinhDanh>${sample.personalId}</SoDinhDanh>`);
  });

  it('validates, stores, lists and resets fault settings', async () => {
    await setFaults({ errorRate: 2 }).expect(400);
    await setFaults({ unknownFault: true }).expect(400);
    await request(app.getHttpServer()).put('/_sim/faults/no-such-source').send({}).expect(404);
    await setFaults({ latencyMs: 10 }).expect(200, { latencyMs: 10 });
    const faultsOf = async () => (await request(app.getHttpServer()).get('/_sim/faults')).body;
    expect((await faultsOf()).population).toEqual({ latencyMs: 10 });
    await request(app.getHttpServer()).delete('/_sim/faults/population').expect(204);
    expect((await faultsOf()).population).toEqual({});
  });

  it('injects an outage as 503 with no body', async () => {
    await setFaults({ outage: true });
    const response = await lookup().expect(503);
    expect(response.body).toBe('');
  });

  it('injects server errors as SOAP faults', async () => {
    await setFaults({ errorRate: 1 });
    const response = await lookup().expect(500);
    expect(response.body).toContain('<MaLoi>LOI_HE_THONG</MaLoi>');
  });

  it('injects quota exhaustion as a SOAP fault', async () => {
    await setFaults({ quotaExhausted: true });
    expect((await lookup().expect(500)).body).toContain('<MaLoi>VUOT_HAN_MUC</MaLoi>');
  });

  it('injects malformed answers as 200 with truncated XML', async () => {
    await setFaults({ malformed: true });
    const response = await lookup().expect(200);
    expect(XMLValidator.validate(response.body)).not.toBe(true);
  });

  it('injects latency, and slow answers that still arrive whole', async () => {
    await setFaults({ latencyMs: 150 });
    let started = Date.now();
    await lookup().expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    await setFaults({ slowResponseMs: 300 });
    started = Date.now();
    const response = await lookup().expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(XMLValidator.validate(response.body)).toBe(true);
  });
});
