import { AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { Logger } from '@nestjs/common';
import { Citizen, CitizenVerification, ErrorCode } from '@interop/contracts';
import {
  AdapterMetrics,
  CallContext,
  UpstreamClient,
  UpstreamClients,
  UpstreamOptions,
} from '@interop/adapter-kit';
import { loadConfig } from '@interop/platform';
import { PopulationAdapter } from './population.adapter';
import { PopulationConfig } from './population.config';
import * as soap from './soap';

jest.mock('./soap', () => ({
  SOAP_ACTION: { lookup: 'urn:lookup', verify: 'urn:verify', connectionCheck: 'urn:check' },
  buildLookupEnvelope: jest.fn(() => '<lookup/>'),
  buildVerifyEnvelope: jest.fn(() => '<verify/>'),
  buildConnectionCheckEnvelope: jest.fn(() => '<check/>'),
  parseLookupResponse: jest.fn(),
  parseVerifyResponse: jest.fn(),
  parseConnectionCheckResponse: jest.fn(),
}));
const codec = jest.mocked(soap);

const QUERY = { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };
const CONTEXT: CallContext = {
  correlationId: 'corr-1',
  requester: 'dossier-core',
  officerId: 'officer-7',
  procedureCode: '1.004227',
  dossierId: 'HS-1',
  deadline: 0,
  operation: 'citizen.lookup',
};

/** The kit's real client, over a fake network that answers every call with `status` and `body`. */
class FakeNetworkUpstreams extends UpstreamClients {
  readonly requests: InternalAxiosRequestConfig[] = [];
  status = 200;

  override create(options: UpstreamOptions): UpstreamClient {
    return super.create(options, {
      transport: async (config): Promise<AxiosResponse> => {
        this.requests.push(config);
        return { status: this.status, statusText: '', headers: {}, data: '<answer/>', config };
      },
    });
  }
}

describe('PopulationAdapter', () => {
  const config = loadConfig(PopulationConfig, {
    AUDIT_SUBJECT_KEY: 'k'.repeat(64),
    UPSTREAM_URL: 'http://population.test:4000',
    UPSTREAM_ACCESS_KEY: 'key',
    UPSTREAM_SECRET_KEY: 'secret',
    UPSTREAM_RETRY_ATTEMPTS: '0',
  });
  let upstreams: FakeNetworkUpstreams;
  let adapter: PopulationAdapter;
  const context = () => ({ ...CONTEXT, deadline: Date.now() + 1000 });

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    jest.clearAllMocks();
    upstreams = new FakeNetworkUpstreams(config, new AdapterMetrics());
    adapter = new PopulationAdapter(config, upstreams);
  });
  afterEach(() => upstreams.onApplicationShutdown());

  it('offers citizen.lookup and citizen.verify on the population source', () => {
    expect(adapter.source).toBe('population');
    expect(Object.keys(adapter.operations)).toEqual(['citizen.lookup', 'citizen.verify']);
  });

  describe('citizen.lookup', () => {
    it('posts the lookup envelope, with credentials and purpose of use, and returns the citizen', async () => {
      const citizen = { personalId: QUERY.personalId, fullName: QUERY.fullName } as Citizen;
      codec.parseLookupResponse.mockReturnValue({ kind: 'ok', value: citizen });
      expect(await adapter.lookup(QUERY, context())).toEqual({ ok: true, value: citizen });

      expect(codec.buildLookupEnvelope).toHaveBeenCalledWith(
        QUERY,
        { accessKey: 'key', secretKey: 'secret' },
        {
          requester: 'dossier-core',
          officerId: 'officer-7',
          procedureCode: '1.004227',
          dossierId: 'HS-1',
          correlationId: 'corr-1',
        },
      );
      const [request] = upstreams.requests;
      expect(request).toMatchObject({
        baseURL: 'http://population.test:4000',
        url: '/population/soap',
        method: 'post',
        data: '<lookup/>',
      });
      expect(request.headers).toMatchObject({ SOAPAction: 'urn:lookup' });
      expect(codec.parseLookupResponse).toHaveBeenCalledWith('<answer/>');
    });

    it('answers NOT_FOUND when the database knows no such citizen', async () => {
      codec.parseLookupResponse.mockReturnValue({ kind: 'not-found' });
      expect(await adapter.lookup(QUERY, context())).toMatchObject({ code: ErrorCode.NotFound });
    });

    it('reads a SOAP fault sent with HTTP 500 and answers its code', async () => {
      upstreams.status = 500;
      codec.parseLookupResponse.mockReturnValue({
        kind: 'fault',
        code: ErrorCode.Forbidden,
        message: 'access key refused',
      });
      expect(await adapter.lookup(QUERY, context())).toEqual({
        ok: false,
        code: ErrorCode.Forbidden,
        message: 'access key refused',
      });
    });

    it('answers UPSTREAM_INVALID_RESPONSE with the reason when the answer fails validation', async () => {
      codec.parseLookupResponse.mockReturnValue({ kind: 'invalid', reason: 'not XML' });
      expect(await adapter.lookup(QUERY, context())).toMatchObject({
        code: ErrorCode.UpstreamInvalidResponse,
        details: { reason: 'not XML' },
      });
    });

    it('answers SOURCE_UNAVAILABLE on an outage, without parsing', async () => {
      upstreams.status = 503;
      expect(await adapter.lookup(QUERY, context())).toMatchObject({
        code: ErrorCode.SourceUnavailable,
      });
      expect(codec.parseLookupResponse).not.toHaveBeenCalled();
    });
  });

  describe('citizen.verify', () => {
    it('answers the per-field verdicts and nothing else', async () => {
      const verdicts: CitizenVerification = {
        verified: false,
        fields: { fullName: 'MATCH', dateOfBirth: 'MISMATCH' },
      };
      codec.parseVerifyResponse.mockReturnValue({
        kind: 'ok',
        value: {
          ...verdicts,
          fields: { ...verdicts.fields, extra: 'x' },
          fullName: 'leak',
        } as never,
      });
      expect(await adapter.verify(QUERY, context())).toEqual({ ok: true, value: verdicts });
      expect(upstreams.requests[0].headers).toMatchObject({ SOAPAction: 'urn:verify' });
    });
  });

  describe('self-check', () => {
    it('is the connection check call', async () => {
      codec.parseConnectionCheckResponse.mockReturnValue({ kind: 'ok', value: true });
      expect(await adapter.selfCheck(context())).toEqual({ ok: true, value: true });
      expect(codec.buildConnectionCheckEnvelope).toHaveBeenCalledWith({
        accessKey: 'key',
        secretKey: 'secret',
      });
      expect(upstreams.requests[0]).toMatchObject({ data: '<check/>' });
    });
  });
});
