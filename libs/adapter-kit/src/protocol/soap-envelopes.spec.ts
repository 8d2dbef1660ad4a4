import { ErrorCode } from '@interop/contracts';
import { fail, succeed } from '../source-adapter/outcome';
import { Fields } from './fields';
import {
  buildSoapEnvelope,
  readSoapAnswer,
  readSoapBody,
  soapRequest,
  wireText,
} from './soap-envelopes';
import { upstreamErrorTable } from './upstream-error-table';

const ERRORS = upstreamErrorTable({
  upstream: 'the land registry',
  answers: [200, 500],
  faultCodeOf: (fault) =>
    Fields.ofXml(fault, 'Fault')
      .optionalChild('detail')
      ?.optionalChild('Loi')
      ?.optionalText('MaLoi'),
  faults: {
    KHONG_TIM_THAY: ErrorCode.NotFound,
    VUOT_HAN_MUC: ErrorCode.RateLimited,
  },
});

const envelope = (body: string) =>
  `<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>${body}</s:Body></s:Envelope>`;
const fault = (faultcode: string, code?: string) =>
  envelope(
    `<s:Fault><faultcode>${faultcode}</faultcode><faultstring>Nguyễn Văn A không có</faultstring>` +
      (code ? `<detail><Loi><MaLoi>${code}</MaLoi></Loi></detail>` : '') +
      '</s:Fault>',
  );
const answer = (status: number, data: unknown) => ({ status, headers: {}, data });

const read = readSoapAnswer(
  (body) => {
    const record = body.child('TraCuuResponse').child('HoSo');
    return record.result({ reference: record.text('SoHoSo') });
  },
  { errors: ERRORS, record: 'land title' },
);

describe('readSoapAnswer', () => {
  it("maps an answer's Body, whatever the envelope's prefix", () => {
    const xml = envelope(
      '<TraCuuResponse xmlns="urn:x"><HoSo><SoHoSo>0012</SoHoSo></HoSo></TraCuuResponse>',
    );
    expect(read(answer(200, xml))).toEqual(succeed({ reference: '0012' }));
  });

  it("answers UPSTREAM_INVALID_RESPONSE with the mapper's problems", () => {
    expect(read(answer(200, envelope('<TraCuuResponse><HoSo/></TraCuuResponse>')))).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { problems: [expect.stringContaining('HoSo')] },
    });
  });

  it.each([
    ['cut short', envelope('<TraCuuResponse><HoSo><SoHoSo>00').slice(0, 80)],
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]>' + envelope('')],
    ['no envelope', '<TraCuuResponse/>'],
    ['no text', undefined],
  ])('answers UPSTREAM_INVALID_RESPONSE to a body with %s', (_, data) => {
    expect(read(answer(200, data))).toMatchObject({
      ok: false,
      code: ErrorCode.UpstreamInvalidResponse,
      message: 'the land registry answered something that is not a SOAP envelope',
    });
  });

  it('reads a Fault by the code its detail names, never quoting its faultstring', () => {
    const failure = read(answer(500, fault('soap:Client', 'KHONG_TIM_THAY')));
    expect(failure).toEqual(
      fail(ErrorCode.NotFound, 'the land registry holds no land title (KHONG_TIM_THAY)'),
    );
    expect(JSON.stringify(failure)).not.toContain('Nguyễn');
    expect(read(answer(500, fault('soap:Client', 'VUOT_HAN_MUC')))).toMatchObject({
      code: ErrorCode.RateLimited,
    });
  });

  it("reads a Fault of a code the table lacks by SOAP's class: Client is ours, Server theirs", () => {
    expect(read(answer(500, fault('soap:Client', 'MOI')))).toMatchObject({
      code: ErrorCode.Internal,
    });
    expect(read(answer(500, fault('s:Client.Authentication')))).toMatchObject({
      code: ErrorCode.Internal,
    });
    expect(read(answer(500, fault('soap:Server')))).toMatchObject({
      code: ErrorCode.SourceUnavailable,
    });
  });

  it('reads statuses that are no answer through the table', () => {
    expect(read(answer(503, ''))).toMatchObject({ code: ErrorCode.SourceUnavailable });
    expect(read(answer(404, 'Not Found'))).toMatchObject({
      code: ErrorCode.UpstreamInvalidResponse,
      details: { status: 404 },
    });
  });
});

describe('buildSoapEnvelope', () => {
  it('writes a SOAP 1.1 envelope that reads back, its text escaped', () => {
    const xml = buildSoapEnvelope(
      { Auth: { User: 'a&b' } },
      { TraCuu: { '@xmlns': 'urn:x', Ten: wireText('<Lê>\u0007') } },
    );
    expect(xml).toContain('xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"');
    expect(xml).toContain('<Ten>&lt;Lê&gt;</Ten>');
    expect(readSoapBody(xml)).toEqual({ ok: true, body: { TraCuu: { Ten: '<Lê>' } } });
  });

  it('writes text as NFC', () => {
    expect(wireText('Le\u0302')).toBe('Lê');
  });
});

describe('soapRequest', () => {
  it('POSTs the envelope as text/xml, naming the action', () => {
    expect(soapRequest('/land/soap', 'urn:x#TraCuu', '<e/>')).toEqual({
      method: 'POST',
      url: '/land/soap',
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: 'urn:x#TraCuu' },
      data: '<e/>',
      responseType: 'text',
    });
  });
});
