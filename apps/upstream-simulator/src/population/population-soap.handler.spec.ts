import { XMLParser } from 'fast-xml-parser';
import { SyntheticCitizen } from '../synthetic/synthetic-citizen';
import { wireBirthDate } from './citizen-identity';
import { PopulationDirectory } from './population-directory';
import { PopulationOperation } from './population-soap.contract';
import { handlePopulationSoapRequest } from './population-soap.handler';
import { PURPOSE, soapRequest, TEST_CREDENTIALS } from './testing/population-soap-requests';

const directory = PopulationDirectory.generate(20250701, 300);
const context = { directory, credentials: TEST_CREDENTIALS };
const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: true,
});

const married = directory.citizens.find((citizen) => citizen.spouse && citizen.father)!;
const identityOf = (citizen: SyntheticCitizen) => ({
  SoDinhDanh: citizen.personalId,
  HoVaTen: citizen.fullName,
  NgayThangNamSinh: wireBirthDate(citizen.birthDate),
  ...PURPOSE,
});

function call(request: { body: unknown; soapAction?: string }) {
  const response = handlePopulationSoapRequest(request, context);
  return { ...response, xml: parser.parse(response.body).Envelope.Body };
}
const resultOf = (operation: string, xml: Record<string, Record<string, unknown>>) =>
  xml[`${operation}Response`][`${operation}Result`] as Record<string, unknown>;

describe('TraCuuThongTinCongDan (lookup)', () => {
  const lookup = (parameters: Record<string, string>) =>
    call(soapRequest(PopulationOperation.Lookup, parameters));

  it('returns the citizen when id, name and date of birth all match', () => {
    const response = lookup({ ...identityOf(married), MaGiaoDich: 'corr-1' });
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('text/xml; charset=utf-8');
    const result = resultOf(PopulationOperation.Lookup, response.xml);
    expect(result).toEqual(expect.objectContaining({ MaKetQua: '0', MaGiaoDich: 'corr-1' }));
    expect(result.CongDan).toEqual(
      expect.objectContaining({
        SoDinhDanh: married.personalId,
        HoVaTen: { Ho: married.name.family, ChuDem: married.name.middle, Ten: married.name.given },
        GioiTinh: married.sex === 'male' ? '1' : '2',
        NgayThangNamSinh: wireBirthDate(married.birthDate),
        QuocTich: 'Việt Nam',
        VoChong: { HoVaTen: married.spouse!.fullName, SoDinhDanh: married.spouse!.personalId },
        TinhTrangHonNhan: '2',
        ChuHo: expect.objectContaining({ QuanHe: married.household.relationship }),
        ThuongTru: expect.objectContaining({
          MaTinhThanh: married.permanentAddress.provinceCode,
          TenPhuongXa: married.permanentAddress.communeName,
        }),
      }),
    );
  });

  it('compares names ignoring case, spacing and Unicode form, but not diacritics', () => {
    const loose = `  ${married.fullName.toUpperCase().normalize('NFD').replace(' ', '   ')} `;
    const found = lookup({ ...identityOf(married), HoVaTen: loose });
    expect(resultOf(PopulationOperation.Lookup, found.xml).MaKetQua).toBe('0');
    const stripped = married.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const notFound = lookup({ ...identityOf(married), HoVaTen: stripped });
    expect(resultOf(PopulationOperation.Lookup, notFound.xml).MaKetQua).toBe('1');
  });

  it.each([
    ['the name differs', { HoVaTen: 'Người Khác Hẳn' }],
    ['the date of birth differs', { NgayThangNamSinh: '19000101' }],
    ['nobody has the id', { SoDinhDanh: directory.unknownPersonalIds[0] }],
  ])('answers not found, without personal data, when %s', (_, change) => {
    const response = lookup({ ...identityOf(married), ...change });
    expect(response.status).toBe(200);
    const result = resultOf(PopulationOperation.Lookup, response.xml);
    expect(result).toEqual({ MaKetQua: '1', MoTaKetQua: 'Không tìm thấy thông tin công dân' });
  });

  it('matches a year-only registration on the year alone, and nothing else', () => {
    const larger = PopulationDirectory.generate(20250701, 3000);
    const yearOnly = larger.citizens.find((citizen) => citizen.birthDate.month === undefined)!;
    const lookupIn = (birthDate: string) =>
      handlePopulationSoapRequest(
        soapRequest(PopulationOperation.Lookup, {
          ...identityOf(yearOnly),
          NgayThangNamSinh: birthDate,
        }),
        { directory: larger, credentials: TEST_CREDENTIALS },
      ).body;
    expect(lookupIn(String(yearOnly.birthDate.year))).toContain('<MaKetQua>0</MaKetQua>');
    expect(lookupIn(`${yearOnly.birthDate.year}0101`)).toContain('<MaKetQua>1</MaKetQua>');
  });

  it('faults as a client error naming the missing elements, never their values', () => {
    const incomplete = Object.entries(identityOf(married)).filter(
      ([name]) => name !== 'HoVaTen' && name !== 'MaCanBo',
    );
    const response = lookup(Object.fromEntries(incomplete));
    expect(response.status).toBe(500);
    expect(response.xml.Fault).toEqual({
      faultcode: 'soap:Client',
      faultstring: 'Thiếu trường bắt buộc: HoVaTen, MaCanBo',
      detail: { LoiDichVu: { MaLoi: 'YEU_CAU_KHONG_HOP_LE', MoTaLoi: expect.any(String) } },
    });
  });

  it('faults on a malformed identification number or date', () => {
    for (const change of [{ SoDinhDanh: '12345' }, { NgayThangNamSinh: '14-03-1985' }]) {
      const response = lookup({ ...identityOf(married), ...change });
      expect(response.xml.Fault.detail.LoiDichVu.MaLoi).toBe('YEU_CAU_KHONG_HOP_LE');
      expect(response.body).not.toContain(Object.values(change)[0]);
    }
  });
});

describe('XacThucThongTinCongDan (verify)', () => {
  const verify = (parameters: Record<string, string>) =>
    resultOf(
      PopulationOperation.Verify,
      call(soapRequest(PopulationOperation.Verify, parameters)).xml,
    );

  it('answers per field, without personal data', () => {
    expect(verify(identityOf(married))).toEqual({
      MaKetQua: '0',
      MoTaKetQua: 'Thành công',
      KetQuaXacThuc: { HoVaTen: 'true', NgayThangNamSinh: 'true' },
    });
    expect(verify({ ...identityOf(married), HoVaTen: 'Người Khác' }).KetQuaXacThuc).toEqual({
      HoVaTen: 'false',
      NgayThangNamSinh: 'true',
    });
    expect(verify({ ...identityOf(married), NgayThangNamSinh: '1900' }).KetQuaXacThuc).toEqual({
      HoVaTen: 'true',
      NgayThangNamSinh: 'false',
    });
  });

  it('answers not found for an unknown id', () => {
    const unknown = { ...identityOf(married), SoDinhDanh: directory.unknownPersonalIds[1] };
    expect(verify(unknown)).toEqual({ MaKetQua: '1', MoTaKetQua: expect.any(String) });
  });
});

describe('KiemTraKetNoi (connection check)', () => {
  it('answers success to an authenticated caller', () => {
    const response = call(soapRequest(PopulationOperation.ConnectionCheck, {}));
    expect(resultOf(PopulationOperation.ConnectionCheck, response.xml)).toEqual({
      MaKetQua: '0',
      MoTaKetQua: 'Kết nối thành công',
    });
  });
});

describe('requests the service refuses', () => {
  const faultOf = (request: { body: unknown; soapAction?: string }) => {
    const response = call(request);
    expect(response.status).toBe(500);
    return response.xml.Fault;
  };

  it.each([
    ['wrong credentials', { accessKey: 'test-access', secretKey: 'guess' }],
    ['no credentials', null],
  ])('faults with LOI_XAC_THUC on %s, before looking at the request', (_, credentials) => {
    const fault = faultOf(
      soapRequest(PopulationOperation.Lookup, identityOf(married), credentials),
    );
    expect(fault.faultcode).toBe('soap:Client');
    expect(fault.detail.LoiDichVu.MaLoi).toBe('LOI_XAC_THUC');
  });

  it('faults when SOAPAction is missing or names another operation', () => {
    const request = soapRequest(PopulationOperation.Lookup, identityOf(married));
    expect(faultOf({ body: request.body }).detail.LoiDichVu.MaLoi).toBe('YEU_CAU_KHONG_HOP_LE');
    const verifyAction = soapRequest(PopulationOperation.Verify, {}).soapAction;
    expect(faultOf({ ...request, soapAction: verifyAction }).faultstring).toContain('SOAPAction');
  });

  it.each([
    ['not XML', 'hello'],
    ['truncated XML', '<soap:Envelope xmlns:soap="x"><soap:Body>'],
    ['no Body', '<Envelope><Header/></Envelope>'],
    ['a DTD', '<!DOCTYPE x [<!ENTITY a "b">]><Envelope><Body><KiemTraKetNoi/></Body></Envelope>'],
    ['a JSON body', { SoDinhDanh: '001085012345' }],
  ])('faults as a client error on %s', (_, body) => {
    expect(faultOf({ body, soapAction: 'x' }).detail.LoiDichVu.MaLoi).toBe('YEU_CAU_KHONG_HOP_LE');
  });

  it('faults on an unknown operation', () => {
    const request = soapRequest('XoaCongDan' as PopulationOperation, {});
    expect(faultOf(request).faultstring).toBe('Thao tác không được hỗ trợ');
  });
});
