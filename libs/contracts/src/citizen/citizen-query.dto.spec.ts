import { validateContract } from '../validation/validate-contract';
import { CitizenQueryDto } from './citizen-query.dto';

const valid = { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' };

function fieldsOf(plain: unknown): Record<string, string[]> {
  const result = validateContract(CitizenQueryDto, plain);
  if (result.ok) return {};
  const fields: Record<string, string[]> = {};
  for (const { field, message } of result.errors) (fields[field] ??= []).push(message);
  return fields;
}

describe('CitizenQueryDto', () => {
  it('accepts a consistent query, with a full date or a year only', () => {
    expect(validateContract(CitizenQueryDto, valid).ok).toBe(true);
    expect(validateContract(CitizenQueryDto, { ...valid, dateOfBirth: '1985' }).ok).toBe(true);
  });

  it('names each bad field with its reason', () => {
    const fields = fieldsOf({ personalId: '123', fullName: '', dateOfBirth: '1985-02-30' });
    expect(fields.personalId).toEqual(['personalId must be exactly 12 digits']);
    expect(fields.fullName).toEqual(['fullName must not be empty or blank']);
    expect(fields.dateOfBirth).toEqual(['dateOfBirth is not a calendar date']);
  });

  it('rejects a date of birth that disagrees with the number', () => {
    expect(fieldsOf({ ...valid, dateOfBirth: '1986-03-14' }).dateOfBirth).toEqual([
      'dateOfBirth disagrees with personalId: digits 5-6 encode the birth year 1985, but the date of birth is in 1986',
    ]);
    expect(
      fieldsOf({ ...valid, personalId: '001205012345', dateOfBirth: '1985' }).dateOfBirth,
    ).toEqual([
      'dateOfBirth disagrees with personalId: digit 4 encodes a birth in 2000-2099, but the date of birth is in 1985',
    ]);
  });

  it('rejects unknown fields and non-objects', () => {
    expect(fieldsOf({ ...valid, extra: 1 }).extra).toEqual(['property extra should not exist']);
    expect(validateContract(CitizenQueryDto, 'x')).toEqual({
      ok: false,
      errors: [{ field: '', message: 'must be a JSON object' }],
    });
  });

  it('rejects non-string values without crashing', () => {
    expect(fieldsOf({ ...valid, personalId: 1085012345 }).personalId).toEqual([
      'personalId must be a string',
    ]);
  });
});
