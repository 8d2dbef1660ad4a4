import { Fields, matches } from './fields';
import { DAY_MONTH_YEAR } from './wire-dates';

const GENDER = { '1': 'male', '2': 'female' } as const;
const twelveDigits = matches(/^\d{12}$/, 'must be 12 digits');

describe('Fields over JSON', () => {
  it('reads text in NFC, and takes absent, null and empty text as not there', () => {
    const fields = Fields.ofJson(
      { hoTen: 'Nguye\u0302\u0303n Va\u0306n An', tenKhac: null, biDanh: '' },
      'khaiSinh',
    );
    expect(fields.text('hoTen')).toBe('Nguyễn Văn An');
    expect(fields.optionalText('tenKhac')).toBeUndefined();
    expect(fields.optionalText('biDanh')).toBeUndefined();
    expect(fields.optionalText('noiSinh')).toBeUndefined();
    expect(fields.result('mapped')).toEqual({ ok: true, value: 'mapped' });
  });

  it('names every problem with its path, once per field, and never quotes a value', () => {
    const fields = Fields.ofJson({ soDinhDanh: '0010850123', hoTen: 42 }, 'khaiSinh');
    expect(fields.text('soDinhDanh', twelveDigits)).toBe('');
    expect(fields.text('hoTen')).toBe('');
    expect(fields.text('noiSinh')).toBe('');
    const outcome = fields.result('never returned');
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'khaiSinh.soDinhDanh must be 12 digits',
        'khaiSinh.hoTen must be text',
        'khaiSinh.noiSinh is missing',
      ],
    });
    expect(JSON.stringify(outcome)).not.toContain('0010850123');
  });

  it('reads whole numbers and booleans of JSON', () => {
    const fields = Fields.ofJson({ von: 890, trang: 0, chinh: true, phu: 'yes' }, 'dn');
    expect(fields.integer('von', 0)).toBe(890);
    expect(fields.integer('trang', 1)).toBe(0);
    expect(fields.integer('tong', 0)).toBe(0);
    expect(fields.boolean('chinh')).toBe(true);
    expect(fields.boolean('phu')).toBe(false);
    expect(fields.problems).toEqual([
      'dn.trang must be a whole number from 1',
      'dn.tong is missing',
      'dn.phu must be true or false',
    ]);
  });

  it('reads codes through their table, own keys only, reporting unknown ones where told to', () => {
    const fields = Fields.ofJson({ gioiTinh: '2', khac: 'constructor', tinhTrang: '9' }, 'x');
    expect(fields.code('gioiTinh', GENDER, 'is not a known gender code')).toBe('female');
    expect(fields.code('khac', GENDER, 'is not a known gender code')).toBeUndefined();
    expect(fields.code('tinhTrang', GENDER)).toBeUndefined();
    expect(fields.optionalCode('lyDo', GENDER, 'is not a known reason code')).toBeUndefined();
    expect(fields.problems).toEqual(['x.khac is not a known gender code']);
  });

  it('reads dates as ISO in the wire format given', () => {
    const fields = Fields.ofJson({ ngayDangKy: '08/11/1992', ngayChet: '31/02/1992' }, 'x');
    expect(fields.date('ngayDangKy', DAY_MONTH_YEAR)).toBe('1992-11-08');
    expect(fields.date('ngayChet', DAY_MONTH_YEAR)).toBe('');
    expect(fields.date('ngayChamDut', DAY_MONTH_YEAR)).toBe('');
    expect(fields.optionalDate('ngaySinh', DAY_MONTH_YEAR)).toBeUndefined();
    expect(fields.problems).toEqual([
      'x.ngayChet must be a real date as dd/MM/yyyy',
      'x.ngayChamDut is missing',
    ]);
  });

  it('reads nested records with the same problems; a missing one is one problem, not one per field', () => {
    const fields = Fields.ofJson({ coQuan: { ma: '01843' }, cha: null, me: 'text' }, 'khaiSinh');
    expect(fields.child('coQuan').text('ten')).toBe('');
    expect(fields.child('nguoiDuocKhaiSinh').text('hoTen')).toBe('');
    expect(fields.optionalChild('cha')).toBeUndefined();
    expect(fields.optionalChild('me')).toBeUndefined();
    expect(fields.problems).toEqual([
      'khaiSinh.coQuan.ten is missing',
      'khaiSinh.nguoiDuocKhaiSinh is missing',
      'khaiSinh.me must be an object',
    ]);
  });

  it('reads lists by position; an item that is not a record is a problem and left out', () => {
    const fields = Fields.ofJson({ danhSach: [{ so: '5' }, 'text', {}], khac: {} }, 'ketHon');
    expect(fields.list('danhSach').map((item) => item.text('so'))).toEqual(['5', '']);
    expect(fields.list('khac')).toEqual([]);
    expect(fields.list('vang')).toEqual([]);
    expect(fields.optionalList('chiNhanh')).toEqual([]);
    expect(fields.problems).toEqual([
      'ketHon.danhSach[1] must be an object',
      'ketHon.danhSach[2].so is missing',
      'ketHon.khac must be an array',
      'ketHon.vang is missing',
    ]);
  });

  it.each([null, [], 'text', 42])('refuses %p as the record, and reads on', (value) => {
    const fields = Fields.ofJson(value, 'khaiSinh');
    fields.text('hoTen');
    expect(fields.problems).toEqual(['khaiSinh must be an object', 'khaiSinh.hoTen is missing']);
  });

  it('takes problems the mapper finds itself', () => {
    const fields = Fields.ofJson({}, 'ketHon');
    expect(fields.problem('chong/vo', 'name neither spouse')).toBeUndefined();
    expect(fields.result(true)).toEqual({
      ok: false,
      problems: ['ketHon.chong/vo name neither spouse'],
    });
  });
});

describe('Fields over XML', () => {
  it('reads text elements, and takes an empty element as not there', () => {
    const fields = Fields.ofXml({ Ho: 'Trương', ChuDem: '', QueQuan: '' }, 'CongDan');
    expect(fields.text('Ho')).toBe('Trương');
    expect(fields.optionalText('ChuDem')).toBeUndefined();
    expect(fields.optionalChild('QueQuan')).toBeUndefined();
    expect(fields.problems).toEqual([]);
  });

  it('refuses a repeated element where one is expected, in words of XML', () => {
    const fields = Fields.ofXml({ Ten: ['A', 'B'], Cha: 'text', HoVaTen: [{}, {}] }, 'CongDan');
    expect(fields.text('Ten')).toBe('');
    expect(fields.optionalChild('Cha')).toBeUndefined();
    fields.child('HoVaTen');
    expect(fields.problems).toEqual([
      'CongDan.Ten must be a single text element',
      'CongDan.Cha must be a single element with children',
      'CongDan.HoVaTen must be a single element with children',
    ]);
  });

  it('reads xsd:boolean and xsd:integer text', () => {
    const fields = Fields.ofXml({ a: 'true', b: '0', c: 'có', n: '42', m: '4.2' }, 'KetQua');
    expect([fields.boolean('a'), fields.boolean('b'), fields.boolean('c')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([fields.integer('n', 0), fields.integer('m', 0)]).toEqual([42, 0]);
    expect(fields.problems).toEqual([
      'KetQua.c must be true or false',
      'KetQua.m must be a whole number from 0',
    ]);
  });

  it('reads one occurrence of a list element as a list of one', () => {
    const fields = Fields.ofXml({ Muc: { Ma: '1' } }, 'DanhSach');
    expect(fields.list('Muc').map((item) => item.text('Ma'))).toEqual(['1']);
    const many = Fields.ofXml({ Muc: [{ Ma: '1' }, { Ma: '2' }], Sai: 'text' }, 'DanhSach');
    expect(many.list('Muc').map((item) => item.text('Ma'))).toEqual(['1', '2']);
    expect(many.list('Sai')).toEqual([]);
    expect(many.problems).toEqual(['DanhSach.Sai must be elements with children']);
  });
});
