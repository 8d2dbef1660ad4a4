import { maskIdentifier, maskName, maskPersonalData } from './masking';

describe('masking', () => {
  it('keeps the province prefix and the last two digits of an identifier', () => {
    expect(maskIdentifier('001085012345')).toBe('001*******45');
    expect(maskIdentifier('0123')).toBe('****');
  });

  it('keeps the initials of a name', () => {
    expect(maskName(' Nguyễn  Văn An ')).toBe('N. V. A.');
  });

  it('masks known personal fields at any depth and leaves the rest', () => {
    expect(
      maskPersonalData({
        operation: 'citizen.lookup',
        payload: { personalId: '001085012345', dateOfBirth: '1985-03-14' },
        people: [{ fullName: 'Trần Thị Bình' }],
      }),
    ).toEqual({
      operation: 'citizen.lookup',
      payload: { personalId: '001*******45', dateOfBirth: '1985-**-**' },
      people: [{ fullName: 'T. T. B.' }],
    });
  });
});
