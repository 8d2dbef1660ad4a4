import { CitizenQueryDto } from '@interop/contracts';
import { XMLParser } from 'fast-xml-parser';
import { SOAP_ACTION } from './population-soap.contract';
import {
  buildConnectionCheckEnvelope,
  buildLookupEnvelope,
  buildVerifyEnvelope,
} from './soap-envelope.builder';
import { PurposeOfUse } from './soap-codec.types';

const credentials = { accessKey: 'gateway-key', secretKey: 's3cr<e>t&' };
const purpose: PurposeOfUse = {
  requester: 'H40.DVC',
  officerId: 'CB-0042',
  procedureCode: '1.004227',
  dossierId: 'H40.22-250701-0001',
  correlationId: '9b2f3c1e-0000-4000-8000-000000000001',
};
const query: CitizenQueryDto = {
  personalId: '001085012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1985-03-14',
};

const parser = new XMLParser({ removeNSPrefix: true, parseTagValue: false });
const parse = (xml: string) => parser.parse(xml).Envelope;

describe('buildLookupEnvelope', () => {
  it('carries credentials in AuthHeader and identity plus purpose of use in the operation', () => {
    const envelope = parse(buildLookupEnvelope(query, credentials, purpose));
    expect(envelope.Header.AuthHeader).toEqual({
      AccessKey: 'gateway-key',
      SecretKey: 's3cr<e>t&',
    });
    expect(envelope.Body.TraCuuThongTinCongDan).toEqual({
      SoDinhDanh: '001085012345',
      HoVaTen: 'Nguyễn Văn An',
      NgayThangNamSinh: '19850314',
      MaDonVi: 'H40.DVC',
      MaCanBo: 'CB-0042',
      MaThuTuc: '1.004227',
      MaYeuCau: 'H40.22-250701-0001',
      MaGiaoDich: '9b2f3c1e-0000-4000-8000-000000000001',
    });
  });

  it('puts the service namespace on the header and operation elements', () => {
    const xml = buildLookupEnvelope(query, credentials, purpose);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/);
    expect(xml).toContain('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">');
    expect(xml).toContain('<AuthHeader xmlns="http://dancuquocgia.bca.gov.vn/ws/">');
    expect(xml).toContain('<TraCuuThongTinCongDan xmlns="http://dancuquocgia.bca.gov.vn/ws/">');
  });

  it('sends a year-only date of birth as yyyy and leaves out an absent dossier id', () => {
    const envelope = parse(
      buildLookupEnvelope({ ...query, dateOfBirth: '1948' }, credentials, {
        ...purpose,
        dossierId: undefined,
      }),
    );
    expect(envelope.Body.TraCuuThongTinCongDan.NgayThangNamSinh).toBe('1948');
    expect(envelope.Body.TraCuuThongTinCongDan).not.toHaveProperty('MaYeuCau');
  });

  it('escapes markup characters so no value can break out of its element', () => {
    const hostile = 'Lê </HoVaTen><SoDinhDanh>999999999999</SoDinhDanh> & "Co"';
    const xml = buildLookupEnvelope({ ...query, fullName: hostile }, credentials, purpose);
    expect(xml).toContain('&lt;/HoVaTen&gt;&lt;SoDinhDanh&gt;');
    expect(xml).toContain('&amp; &quot;Co&quot;');
    expect(parse(xml).Body.TraCuuThongTinCongDan).toEqual(
      expect.objectContaining({ SoDinhDanh: '001085012345', HoVaTen: hostile }),
    );
  });

  it('sends Vietnamese text in NFC and drops characters XML cannot carry', () => {
    const decomposed = 'Nguyễn Thị Thuỳ'.normalize('NFD');
    const xml = buildLookupEnvelope(
      { ...query, fullName: `${decomposed}\u0007` },
      credentials,
      purpose,
    );
    expect(parse(xml).Body.TraCuuThongTinCongDan.HoVaTen).toBe('Nguyễn Thị Thuỳ'.normalize('NFC'));
  });
});

describe('buildVerifyEnvelope', () => {
  it('sends the same fields under XacThucThongTinCongDan', () => {
    const body = parse(buildVerifyEnvelope(query, credentials, purpose)).Body;
    expect(Object.keys(body)).toEqual(['XacThucThongTinCongDan']);
    expect(body.XacThucThongTinCongDan).toEqual(
      expect.objectContaining({ SoDinhDanh: '001085012345', MaThuTuc: '1.004227' }),
    );
  });
});

describe('buildConnectionCheckEnvelope', () => {
  it('is authenticated and carries no personal data', () => {
    const envelope = parse(buildConnectionCheckEnvelope(credentials));
    expect(envelope.Header.AuthHeader.AccessKey).toBe('gateway-key');
    expect(envelope.Body).toEqual({ KiemTraKetNoi: '' });
  });
});

describe('SOAP_ACTION', () => {
  it('names each operation in the service namespace', () => {
    expect(SOAP_ACTION).toEqual({
      lookup: 'http://dancuquocgia.bca.gov.vn/ws/TraCuuThongTinCongDan',
      verify: 'http://dancuquocgia.bca.gov.vn/ws/XacThucThongTinCongDan',
      connectionCheck: 'http://dancuquocgia.bca.gov.vn/ws/KiemTraKetNoi',
    });
  });
});
