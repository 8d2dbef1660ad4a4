import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadSimulatorConfig } from '../config/simulator.config';
import { createSimulatorApp } from '../simulator.bootstrap';
import { CivilStatusSamplesResponse } from './admin/civil-status-samples.dto';

const CLIENT = { id: 'test-client', secret: 'test-secret' };

/** The civil-status database over HTTP, in process: wiring, form parsing, faults, admin. */
describe('civil-status database in the simulator app', () => {
  let app: INestApplication;
  let http: () => ReturnType<typeof request>;
  let births: CivilStatusSamplesResponse;

  beforeAll(async () => {
    const config = loadSimulatorConfig({
      SIMULATOR_POPULATION_SIZE: '1500',
      CIVIL_STATUS_CLIENT_ID: CLIENT.id,
      CIVIL_STATUS_CLIENT_SECRET: CLIENT.secret,
      CIVIL_STATUS_TOKEN_TTL_SECONDS: '30',
    });
    app = await createSimulatorApp(config, { logger: false });
    await app.init();
    http = () => request(app.getHttpServer());
    births = (await http().get('/_sim/civil-status/samples?kind=birth&limit=1')).body;
  });

  afterAll(() => app.close());
  afterEach(() => http().delete('/_sim/faults/civil-status').expect(204));

  const token = async (): Promise<string> => {
    const response = await http()
      .post('/civil-status/oauth/token')
      .auth(CLIENT.id, CLIENT.secret)
      .type('form')
      .send({ grant_type: 'client_credentials' })
      .expect(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 30 });
    return response.body.access_token;
  };
  const birthWith = (accessToken: string) =>
    http()
      .get(`/civil-status/api/v1/khai-sinh/${births.samples[0].personalId}`)
      .set('Authorization', `Bearer ${accessToken}`)
      .set({ 'X-Ma-Don-Vi': 'H40', 'X-Ma-Can-Bo': 'CB0001', 'X-Ma-Thu-Tuc': '1.001193' });

  it('issues a token for a form-encoded client credentials grant, and serves the API with it', async () => {
    const response = await birthWith(await token()).expect(200);
    expect(response.body.nguoiDuocKhaiSinh.soDinhDanh).toBe(births.samples[0].personalId);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('refuses wrong client credentials with 401 invalid_client', async () => {
    const response = await http()
      .post('/civil-status/oauth/token')
      .auth(CLIENT.id, 'wrong')
      .type('form')
      .send({ grant_type: 'client_credentials' })
      .expect(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('refuses the next call as expired on demand, then serves the same token again', async () => {
    const accessToken = await token();
    await http().post('/_sim/civil-status/tokens/expire').send({ calls: 1 }).expect(200);
    const refused = await birthWith(accessToken).expect(401);
    expect(refused.body).toEqual({
      error: 'invalid_token',
      error_description: 'The access token expired',
    });
    expect(refused.headers['www-authenticate']).toContain('error="invalid_token"');
    await birthWith(accessToken).expect(200);
  });

  it('revokes every token issued so far on demand', async () => {
    const before = await token();
    await http().post('/_sim/civil-status/tokens/revoke').expect(204);
    await birthWith(before).expect(401);
    await birthWith(await token()).expect(200);
  });

  it('answers an exhausted quota with 429 and Retry-After, in the service’s error format', async () => {
    const accessToken = await token();
    await http().put('/_sim/faults/civil-status').send({ quotaExhausted: true }).expect(200);
    const response = await birthWith(accessToken).expect(429);
    expect(response.headers['retry-after']).toBe('60');
    expect(response.body.maLoi).toBe('VUOT_HAN_MUC');
  });

  it('takes the token endpoint down with the rest of the service during an outage, counting calls', async () => {
    const before = (await http().get('/_sim/stats/civil-status')).body.requestsReceived;
    await http().put('/_sim/faults/civil-status').send({ outage: true }).expect(200);
    await http().post('/civil-status/oauth/token').type('form').send({}).expect(503);
    await birthWith('any').expect(503);
    const after = (await http().get('/_sim/stats/civil-status')).body.requestsReceived;
    expect(after - before).toBe(2);
  });

  it('lists samples of every kind, and refuses an unknown kind', async () => {
    for (const kind of [
      'birth',
      'marriage',
      'death',
      'marital-status',
      'name-mismatch',
      'marital-status-mismatch',
    ]) {
      const { body } = await http()
        .get(`/_sim/civil-status/samples?kind=${kind}&limit=2`)
        .expect(200);
      expect(body).toMatchObject({ kind, total: expect.any(Number) });
      expect(body.unknownPersonalIds).toHaveLength(5);
    }
    await http().get('/_sim/civil-status/samples?kind=adoption').expect(400);
    await http().get('/_sim/civil-status/samples?limit=0').expect(400);
  });

  it('shows the known inconsistencies against the population register', async () => {
    const names = (await http().get('/_sim/civil-status/samples?kind=name-mismatch&limit=5')).body;
    for (const sample of names.samples) expect(sample.fullName).not.toBe(sample.populationFullName);
    const statuses = (await http().get('/_sim/civil-status/samples?kind=marital-status-mismatch'))
      .body;
    for (const sample of statuses.samples) {
      expect(sample).toMatchObject({
        maritalStatus: 'divorced',
        populationMaritalStatus: 'married',
      });
    }
  });
});
