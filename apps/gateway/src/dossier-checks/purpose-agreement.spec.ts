import { purposeConflicts } from './purpose-agreement';

const body = { dossierId: 'HS-1', procedureCode: '1.001234' };

describe('purposeConflicts', () => {
  it('accepts headers that name the same procedure and dossier, or no dossier', () => {
    expect(purposeConflicts(body, { procedureCode: '1.001234', dossierId: 'HS-1' })).toEqual([]);
    expect(purposeConflicts(body, { procedureCode: '1.001234' })).toEqual([]);
  });

  it('names each field the headers contradict', () => {
    expect(purposeConflicts(body, { procedureCode: '2.000001', dossierId: 'HS-2' })).toEqual([
      {
        field: 'procedureCode',
        message: 'procedureCode must be the one in header x-procedure-code',
      },
      { field: 'dossierId', message: 'dossierId must be the one in header x-dossier-id' },
    ]);
  });
});
