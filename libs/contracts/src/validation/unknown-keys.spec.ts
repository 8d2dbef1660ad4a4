import {
  ApplicantClaimsDto,
  DossierCheckRequestOf,
  EnterpriseSearchDto,
  PersonalIdQueryDto,
  validateContract,
} from '../index';
import { RequestMessage } from '../envelope/request-message';

/** A contract with a nested one: a dossier check of the applicant alone. */
const DossierCheckRequestDto = DossierCheckRequestOf([
  { name: 'applicant', required: true, type: ApplicantClaimsDto },
]);

const CHECK = {
  dossierId: 'HS-1',
  procedureCode: '1.001193',
  applicant: { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
};

function fieldsOf(result: ReturnType<typeof validateContract>): string[] {
  return result.ok ? [] : result.errors.map(({ field }) => field);
}

describe('unknown keys', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'extra'])(
    'refuses a top-level %s, which class-transformer would drop unseen',
    (key) => {
      const plain = JSON.parse(`{"personalId":"001085012345","${key}":{"polluted":true}}`);
      const result = validateContract(PersonalIdQueryDto, plain);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors).toEqual([
        { field: key, message: `property ${key} should not exist` },
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses them in nested objects too, with the path', () => {
    const plain = JSON.parse(
      JSON.stringify(CHECK).replace('"applicant":{', '"applicant":{"__proto__":{},'),
    );
    expect(fieldsOf(validateContract(DossierCheckRequestDto, plain))).toEqual([
      'applicant.__proto__',
    ]);
  });

  it('names an unknown key once, alongside the other errors', () => {
    const result = validateContract(EnterpriseSearchDto, { name: 'x', extra: 1 });
    expect(fieldsOf(result)).toEqual(['extra', 'name']);
  });

  it('answers an error, not an exception, for a value class-transformer cannot read', () => {
    const plain = JSON.parse('{"operation":"citizen.lookup","payload":{"constructor":{"a":1}}}');
    expect(validateContract(RequestMessage, plain)).toEqual({
      ok: false,
      errors: [{ field: '', message: 'cannot be read as this contract' }],
    });
  });

  it('lets a valid value through unchanged', () => {
    expect(validateContract(DossierCheckRequestDto, CHECK).ok).toBe(true);
  });
});
