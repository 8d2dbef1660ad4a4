import { Citizen } from '@interop/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseConnectionCheckResponse,
  parseLookupResponse,
  parseVerifyResponse,
} from './soap-response.parser';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const HO_CHI_MINH_HOME = {
  provinceCode: '79',
  provinceName: 'Hồ Chí Minh',
  communeCode: '26800',
  communeName: 'Phường Bình Chiểu',
  detail: 'Số 29 Điện Biên Phủ',
};

/** lookup-ok.xml, mapped by hand. */
const TRUONG_VAN_MANH: Citizen = {
  personalId: '079063847555',
  oldIdCardNumber: '103303404',
  fullName: 'Trương Văn Mạnh',
  name: { family: 'Trương', middle: 'Văn', given: 'Mạnh' },
  gender: 'male',
  dateOfBirth: '1963-04-16',
  ethnicity: 'Kinh',
  religion: 'Không',
  nationality: 'Việt Nam',
  hometown: {
    provinceCode: '79',
    provinceName: 'Hồ Chí Minh',
    communeCode: '26833',
    communeName: 'Xã Bình Chánh',
    detail: '',
  },
  permanentAddress: HO_CHI_MINH_HOME,
  currentAddress: HO_CHI_MINH_HOME,
  father: { fullName: 'Trương Văn Vinh', personalId: '079036304981' },
  mother: { fullName: 'Phan Thị Nhi', personalId: '030137483712' },
  spouse: { fullName: 'Nguyễn Thu Duyên', personalId: '052161319965' },
  householdHead: { fullName: 'Trương Văn Vinh', personalId: '079036304981', relationship: 'Con' },
  maritalStatus: 'married',
};

describe('parseLookupResponse', () => {
  it('maps every field of a full record to the canonical citizen', () => {
    expect(parseLookupResponse(fixture('lookup-ok.xml'))).toStrictEqual({
      kind: 'ok',
      value: TRUONG_VAN_MANH,
    });
  });

  it('maps a year-only date of birth to YYYY', () => {
    const outcome = parseLookupResponse(fixture('lookup-year-only.xml'));
    expect(outcome).toEqual({
      kind: 'ok',
      value: expect.objectContaining({ fullName: 'Ma Thị Hồng', dateOfBirth: '1967' }),
    });
  });

  it('leaves missing optional fields absent', () => {
    const outcome = parseLookupResponse(fixture('lookup-missing-optional-fields.xml'));
    expect(outcome).toStrictEqual({
      kind: 'ok',
      value: {
        personalId: '079063847555',
        fullName: 'Trương Mạnh',
        name: { family: 'Trương', middle: '', given: 'Mạnh' },
        gender: 'male',
        dateOfBirth: '1963-04-16',
        ethnicity: 'Kinh',
        religion: 'Không',
        nationality: 'Việt Nam',
        permanentAddress: { ...HO_CHI_MINH_HOME, detail: '' },
        mother: { fullName: 'Phan Thị Nhi' },
        maritalStatus: 'unknown',
      },
    });
  });

  it('ignores elements, attributes and headers it does not know', () => {
    expect(parseLookupResponse(fixture('lookup-extra-fields.xml'))).toStrictEqual({
      kind: 'ok',
      value: TRUONG_VAN_MANH,
    });
  });

  it('answers not-found for MaKetQua 1', () => {
    expect(parseLookupResponse(fixture('lookup-not-found.xml'))).toEqual({ kind: 'not-found' });
  });

  it('rejects a record missing required fields, naming each', () => {
    const outcome = parseLookupResponse(fixture('lookup-missing-required-field.xml'));
    expect(outcome).toEqual({ kind: 'invalid', reason: expect.any(String) });
    const { reason } = outcome as { reason: string };
    expect(reason).toContain('CongDan.GioiTinh is missing');
    expect(reason).toContain('CongDan.NgayThangNamSinh is missing');
  });

  it('rejects malformed values, naming the fields and never quoting the values', () => {
    const outcome = parseLookupResponse(fixture('lookup-malformed-values.xml'));
    const { reason } = outcome as { reason: string };
    expect(outcome.kind).toBe('invalid');
    for (const field of [
      'CongDan.SoDinhDanh must be 12 digits',
      'CongDan.SoCMND must be 9 digits',
      'CongDan.GioiTinh is not a known gender code',
      'CongDan.NgayThangNamSinh must be a date of birth as yyyyMMdd, or a year as yyyy',
      'CongDan.Cha.SoDinhDanh must be 12 digits',
    ]) {
      expect(reason).toContain(field);
    }
    for (const value of ['79063847555', '10330340', 'nam giới', '19630231', 'không rõ']) {
      expect(reason).not.toContain(value);
    }
  });

  it('rejects a truncated answer as not well-formed', () => {
    expect(parseLookupResponse(fixture('lookup-truncated.xml'))).toEqual({
      kind: 'invalid',
      reason: 'response is not well-formed XML',
    });
  });

  it.each([
    ['an empty body', ''],
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]><Envelope><Body/></Envelope>'],
    ['the answer to another operation', fixture('verify-match.xml')],
    ['an unknown result code', fixture('lookup-not-found.xml').replace('>1<', '>7<')],
    ['a success without CongDan', fixture('lookup-not-found.xml').replace('>1<', '>0<')],
    [
      'a gender code that is an object property',
      fixture('lookup-ok.xml').replace('<GioiTinh>1<', '<GioiTinh>constructor<'),
    ],
    [
      'a repeated required field',
      fixture('lookup-ok.xml').replace('<Ten>Mạnh</Ten>', '<Ten>A</Ten><Ten>B</Ten>'),
    ],
  ])('rejects %s as invalid', (_, xml) => {
    expect(parseLookupResponse(xml).kind).toBe('invalid');
  });

  it('keeps Vietnamese text in NFC whatever form the upstream used', () => {
    const decomposed = fixture('lookup-ok.xml').normalize('NFD');
    expect(parseLookupResponse(decomposed)).toStrictEqual({ kind: 'ok', value: TRUONG_VAN_MANH });
  });
});

describe('SOAP faults', () => {
  it.each([
    ['fault-auth.xml', 'FORBIDDEN', 'LOI_XAC_THUC'],
    ['fault-quota.xml', 'RATE_LIMITED', 'VUOT_HAN_MUC'],
    ['fault-server.xml', 'SOURCE_UNAVAILABLE', 'LOI_HE_THONG'],
    ['fault-invalid-request.xml', 'VALIDATION_FAILED', 'YEU_CAU_KHONG_HOP_LE'],
  ])('maps %s to %s, in the gateway’s own words', (name, code, upstreamCode) => {
    const outcome = parseLookupResponse(fixture(name));
    expect(outcome).toEqual({
      kind: 'fault',
      code,
      message: expect.stringContaining(upstreamCode),
    });
    const faultstring = /<faultstring>(.*)<\/faultstring>/.exec(fixture(name))![1];
    expect((outcome as { message: string }).message).not.toContain(faultstring);
  });

  it('falls back on the SOAP fault code when the detail is unknown', () => {
    const bare = (faultcode: string) =>
      `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault>` +
      `<faultcode>${faultcode}</faultcode><faultstring>x</faultstring></s:Fault></s:Body></s:Envelope>`;
    expect(parseVerifyResponse(bare('s:Server'))).toEqual(
      expect.objectContaining({ kind: 'fault', code: 'SOURCE_UNAVAILABLE' }),
    );
    expect(parseVerifyResponse(bare('s:Client.Authentication'))).toEqual(
      expect.objectContaining({ kind: 'fault', code: 'INTERNAL' }),
    );
  });
});

describe('parseVerifyResponse', () => {
  it('maps per-field verdicts', () => {
    expect(parseVerifyResponse(fixture('verify-match.xml'))).toEqual({
      kind: 'ok',
      value: { verified: true, fields: { fullName: 'MATCH', dateOfBirth: 'MATCH' } },
    });
    expect(parseVerifyResponse(fixture('verify-mismatch.xml'))).toEqual({
      kind: 'ok',
      value: { verified: false, fields: { fullName: 'MISMATCH', dateOfBirth: 'MATCH' } },
    });
  });

  it('accepts xsd:boolean 1/0 as well as true/false', () => {
    const numeric = fixture('verify-mismatch.xml')
      .replace('>false<', '>0<')
      .replace('>true<', '>1<');
    expect(parseVerifyResponse(numeric)).toEqual(
      expect.objectContaining({ value: expect.objectContaining({ verified: false }) }),
    );
  });

  it('answers not-found for an unknown id', () => {
    expect(parseVerifyResponse(fixture('verify-not-found.xml'))).toEqual({ kind: 'not-found' });
  });

  it('rejects missing or non-boolean verdicts', () => {
    const missing = fixture('verify-match.xml').replace(
      /<KetQuaXacThuc>[\s\S]*<\/KetQuaXacThuc>/,
      '',
    );
    expect(parseVerifyResponse(missing)).toEqual({
      kind: 'invalid',
      reason: 'XacThucThongTinCongDanResult.KetQuaXacThuc is missing',
    });
    const garbled = fixture('verify-match.xml').replace('>true<', '>có<');
    expect(parseVerifyResponse(garbled)).toEqual({
      kind: 'invalid',
      reason: 'XacThucThongTinCongDanResult.KetQuaXacThuc.HoVaTen must be true or false',
    });
  });
});

describe('parseConnectionCheckResponse', () => {
  it('is ok when the service answers success', () => {
    expect(parseConnectionCheckResponse(fixture('connection-check-ok.xml'))).toEqual({
      kind: 'ok',
      value: true,
    });
  });

  it('reports rejected credentials as a fault, so health shows why', () => {
    expect(parseConnectionCheckResponse(fixture('fault-auth.xml'))).toEqual(
      expect.objectContaining({ kind: 'fault', code: 'FORBIDDEN' }),
    );
  });
});
