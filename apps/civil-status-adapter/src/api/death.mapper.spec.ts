import { fixture } from '../fixtures/fixtures';
import { mapDeath } from './death.mapper';

const DECEASED = '015042885451';

describe('mapDeath', () => {
  it('maps a death registration', () => {
    expect(mapDeath(fixture('death-ok.json'), DECEASED)).toEqual({
      ok: true,
      value: {
        registrationNumber: '55',
        book: '01/1997',
        registeredOn: '1997-03-10',
        authority: { code: '04246', name: 'UBND phường Yên Thịnh, Yên Bái' },
        deceased: { personalId: DECEASED, fullName: 'Nguyễn Văn Hùng', dateOfBirth: '1942-05-07' },
        dateOfDeath: '1997-03-05',
        placeOfDeath: 'Số 33 Lý Thái Tổ, Phường Yên Thịnh, Yên Bái',
      },
    });
  });

  it('lists every missing required field', () => {
    expect(mapDeath(fixture('death-missing-required-fields.json'), DECEASED)).toEqual({
      ok: false,
      problems: [
        'khaiTu.nguoiChet.soDinhDanh is missing',
        'khaiTu.ngayChet is missing',
        'khaiTu.noiChet is missing',
      ],
    });
  });
});
