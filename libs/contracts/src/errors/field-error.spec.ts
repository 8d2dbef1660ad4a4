import { prefixedErrors } from './field-error';

describe('prefixedErrors', () => {
  it('names each field from the message, and the part itself for an error of the whole', () => {
    expect(
      prefixedErrors('payload', [
        { field: 'personalId', message: 'must be 12 digits' },
        { field: '', message: 'must be a JSON object' },
      ]),
    ).toEqual([
      { field: 'payload.personalId', message: 'must be 12 digits' },
      { field: 'payload', message: 'must be a JSON object' },
    ]);
  });
});
