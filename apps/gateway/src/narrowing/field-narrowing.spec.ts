import { narrowFields } from './field-narrowing';

const BIRTH = {
  registrationNumber: '12/2020',
  authority: { code: '00004', name: 'UBND phường Phúc Xá' },
  child: { personalId: '001220000001', fullName: 'Nguyễn An', gender: 'male' },
  father: { personalId: '001085012345', fullName: 'Nguyễn Văn Bình' },
  mother: null,
};

describe('narrowFields', () => {
  it('keeps exactly the named fields, whole subtrees for a named object, and says so', () => {
    const { data, narrowed } = narrowFields(BIRTH, [
      'registrationNumber',
      'authority',
      'child.fullName',
      'father.fullName',
      'mother.fullName',
    ]);
    expect(data).toEqual({
      registrationNumber: '12/2020',
      authority: { code: '00004', name: 'UBND phường Phúc Xá' },
      child: { fullName: 'Nguyễn An' },
      father: { fullName: 'Nguyễn Văn Bình' },
      mother: null,
    });
    expect(narrowed).toBe(true);
  });

  it('applies a path through a list to each of its items', () => {
    const history = {
      marriages: [
        { spouse: { personalId: '1', fullName: 'A' } },
        { spouse: { personalId: '2', fullName: 'B' } },
      ],
    };
    expect(narrowFields(history, ['marriages.spouse.fullName']).data).toEqual({
      marriages: [{ spouse: { fullName: 'A' } }, { spouse: { fullName: 'B' } }],
    });
  });

  it('withholds a field the source adds later, until a grant names it', () => {
    expect(narrowFields({ a: 1, b: 2 }, ['a'])).toEqual({ data: { a: 1 }, narrowed: true });
  });

  it('says nothing was narrowed when every field is named', () => {
    expect(narrowFields({ a: 1, b: { c: 2 } }, ['a', 'b'])).toEqual({
      data: { a: 1, b: { c: 2 } },
      narrowed: false,
    });
  });
});
