import { fromWireDay } from './wire-dates';

describe('fromWireDay', () => {
  it.each([
    ['08/11/1992', '1992-11-08'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s as %s', (wire, iso) => {
    expect(fromWireDay(wire)).toBe(iso);
  });

  it.each(['31/02/1992', '29/02/2023', '1992-11-08', '8/11/1992', '00/01/2000', '01/13/2000'])(
    'refuses %s',
    (wire) => {
      expect(fromWireDay(wire)).toBeUndefined();
    },
  );
});
