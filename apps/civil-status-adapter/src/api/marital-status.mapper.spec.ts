import { fixture } from '../fixtures/fixtures';
import { mapMaritalStatus } from './marital-status.mapper';

describe('mapMaritalStatus', () => {
  it.each([
    ['marital-status-married.json', '084180982161', 'married'],
    ['marital-status-widowed.json', '015145998314', 'widowed'],
  ])('maps %s with the registration it rests on', (file, personalId, maritalStatus) => {
    expect(mapMaritalStatus(fixture(file), personalId)).toEqual({
      ok: true,
      value: { personalId, maritalStatus, basedOn: expect.stringContaining('quyển số') },
    });
  });

  it('maps a single person, with no registration to rest on', () => {
    expect(mapMaritalStatus(fixture('marital-status-single.json'), '019203425781')).toEqual({
      ok: true,
      value: { personalId: '019203425781', maritalStatus: 'single' },
    });
  });

  it('reports a status code it does not know as unknown rather than failing', () => {
    expect(
      mapMaritalStatus(fixture('marital-status-unknown-code.json'), '084180982161'),
    ).toMatchObject({
      ok: true,
      value: { maritalStatus: 'unknown' },
    });
  });

  it('lists the malformed and missing fields', () => {
    expect(mapMaritalStatus(fixture('marital-status-malformed.json'), '084180982161')).toEqual({
      ok: false,
      problems: [
        'tinhTrangHonNhan.soDinhDanh must be 12 digits',
        'tinhTrangHonNhan.tinhTrangHonNhan is missing',
      ],
    });
  });
});
