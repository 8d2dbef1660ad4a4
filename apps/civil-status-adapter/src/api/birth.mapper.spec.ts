import { fixture } from '../fixtures/fixtures';
import { mapBirth } from './birth.mapper';

const CHILD = '006192706576';

describe('mapBirth', () => {
  it('maps a birth registration: entry, child, and parents with their ids', () => {
    expect(mapBirth(fixture('birth-ok.json'), CHILD)).toEqual({
      ok: true,
      value: {
        registrationNumber: '260',
        book: '01/1992',
        registeredOn: '1992-11-08',
        authority: { code: '01843', name: 'UBND phường Phùng Chí Kiên, Bắc Kạn' },
        child: {
          personalId: CHILD,
          fullName: 'Nguyễn Minh Trinh',
          dateOfBirth: '1992-10-12',
          gender: 'female',
          placeOfBirth: 'Bệnh viện Đa khoa tỉnh Bắc Kạn',
        },
        father: {
          personalId: '006058539556',
          fullName: 'Nguyễn Anh Phúc',
          dateOfBirth: '1958-03-16',
        },
        mother: { personalId: '034166509333', fullName: 'Lê Thị Lan', dateOfBirth: '1966-06-10' },
      },
    });
  });

  it('maps parents the register knows by name only, leaving out what it does not hold', () => {
    const outcome = mapBirth(fixture('birth-parents-by-name.json'), '019203425781');
    expect(outcome).toMatchObject({ ok: true });
    if (!outcome.ok) return;
    expect(outcome.value.father).toEqual({ fullName: 'Nguyễn Văn Nghĩa' });
    expect(outcome.value.mother).toEqual({ fullName: 'Ngô Thanh Tâm' });
  });

  it('ignores fields it does not know, and takes a null parent as absent', () => {
    const outcome = mapBirth(fixture('birth-extra-fields.json'), CHILD);
    expect(outcome).toMatchObject({ ok: true, value: { child: { personalId: CHILD } } });
    if (!outcome.ok) return;
    expect(outcome.value).not.toHaveProperty('father');
    expect(Object.keys(outcome.value.child)).toEqual([
      'personalId',
      'fullName',
      'dateOfBirth',
      'gender',
      'placeOfBirth',
    ]);
  });

  it('lists every missing required field', () => {
    expect(mapBirth(fixture('birth-missing-required-fields.json'), CHILD)).toEqual({
      ok: false,
      problems: [
        'khaiSinh.ngayDangKy is missing',
        'khaiSinh.coQuanDangKy.maCoQuan is missing',
        'khaiSinh.nguoiDuocKhaiSinh.gioiTinh is missing',
      ],
    });
  });

  it('lists every malformed value, naming fields and never their values', () => {
    const outcome = mapBirth(fixture('birth-malformed-values.json'), CHILD);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'khaiSinh.ngayDangKy must be a real date as dd/MM/yyyy',
        'khaiSinh.nguoiDuocKhaiSinh.gioiTinh is not a known gender code',
        'khaiSinh.nguoiDuocKhaiSinh.ngaySinh must be a real date as dd/MM/yyyy, or a year as yyyy',
        'khaiSinh.cha.soDinhDanh must be 12 digits',
      ],
    });
    expect(JSON.stringify(outcome)).not.toContain('00605853955');
  });

  it('refuses a record of another person than the one asked for', () => {
    expect(mapBirth(fixture('birth-other-person.json'), CHILD)).toEqual({
      ok: false,
      problems: ['khaiSinh.nguoiDuocKhaiSinh.soDinhDanh is not the person asked for'],
    });
  });

  it.each([null, [], 'text', 42])('refuses %p as a body', (body) => {
    expect(mapBirth(body, CHILD)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining(['khaiSinh must be an object']),
    });
  });
});
