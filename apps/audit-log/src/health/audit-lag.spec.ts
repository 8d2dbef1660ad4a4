import { lagOf } from './audit-lag';

describe('lagOf', () => {
  it('is the end offset minus the committed one', () => {
    expect(
      lagOf([{ partition: 0, high: '120', low: '0' }], [{ partition: 0, offset: '100' }]),
    ).toBe(20);
  });

  it('counts from the first retained offset when the group never committed', () => {
    expect(lagOf([{ partition: 0, high: '50', low: '10' }], [{ partition: 0, offset: '-1' }])).toBe(
      40,
    );
    expect(lagOf([{ partition: 0, high: '5', low: '0' }], [])).toBe(5);
  });
});
