import { fixture } from '../fixtures/fixtures';
import { mapMarriageHistory } from './marriage.mapper';

describe('mapMarriageHistory', () => {
  it('maps a current marriage and an earlier one ended by divorce, newest first', () => {
    const outcome = mapMarriageHistory(fixture('marriage-history-remarried.json'), '084180982161');
    expect(outcome).toEqual({
      ok: true,
      value: {
        personalId: '084180982161',
        marriages: [
          {
            registrationNumber: '5',
            book: '01/2006',
            registeredOn: '2006-06-19',
            authority: { code: '26032', name: 'UBND phường Trung Dũng, Đồng Nai' },
            husband: {
              personalId: '075080053564',
              fullName: 'Phạm Văn Toàn',
              dateOfBirth: '1980-04-30',
            },
            wife: {
              personalId: '084180982161',
              fullName: 'Phan Thị Tâm',
              dateOfBirth: '1980-10-20',
            },
            status: 'current',
          },
          expect.objectContaining({
            registeredOn: '2001-04-04',
            husband: { fullName: 'Sơn Gia Đạt', dateOfBirth: '1978-12-21' },
            status: 'ended',
            endedOn: '2005-01-06',
            endReason: 'divorce',
          }),
        ],
      },
    });
  });

  it('maps a marriage ended by the spouse’s death', () => {
    const outcome = mapMarriageHistory(fixture('marriage-history-widowed.json'), '015145998314');
    expect(outcome).toMatchObject({
      ok: true,
      value: {
        marriages: [
          {
            husband: { personalId: '015042885451' },
            status: 'ended',
            endedOn: '1997-03-05',
            endReason: 'death',
          },
        ],
      },
    });
  });

  it('maps someone who never married to an empty history', () => {
    expect(mapMarriageHistory(fixture('marriage-history-none.json'), '019203425781')).toEqual({
      ok: true,
      value: { personalId: '019203425781', marriages: [] },
    });
  });

  it('lists the problems of each marriage by its position', () => {
    expect(mapMarriageHistory(fixture('marriage-history-malformed.json'), '084180982161')).toEqual({
      ok: false,
      problems: [
        'ketHon.danhSach[0].vo is missing',
        'ketHon.danhSach[1].lyDoChamDut is not a known reason code',
        'ketHon.danhSach[1].ngayChamDut is missing',
      ],
    });
  });

  it('refuses a history of someone else, or without its list', () => {
    const body = fixture('marriage-history-remarried.json');
    expect(mapMarriageHistory(body, '001090000001')).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        'ketHon.soDinhDanh is not the person asked for',
        'ketHon.danhSach[0].chong/vo name neither spouse as the person asked for',
      ]),
    });
    expect(mapMarriageHistory({ soDinhDanh: '019203425781' }, '019203425781')).toEqual({
      ok: false,
      problems: ['ketHon.danhSach is missing'],
    });
  });
});
