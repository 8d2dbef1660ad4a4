import { validateContract } from '@interop/contracts';
import { DossierCheckRequestDto } from './dossier-check-request.dto';

const valid = {
  dossierId: 'HS-2026-000123',
  procedureCode: '1.001234',
  applicant: { personalId: '001085012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-03-14' },
};

function fieldsOf(plain: unknown): Record<string, string[]> {
  const result = validateContract(DossierCheckRequestDto, plain);
  if (result.ok) return {};
  const fields: Record<string, string[]> = {};
  for (const { field, message } of result.errors) (fields[field] ??= []).push(message);
  return fields;
}

describe('DossierCheckRequestDto', () => {
  it('accepts the applicant alone, or every claim', () => {
    expect(validateContract(DossierCheckRequestDto, valid).ok).toBe(true);
    const everything = {
      ...valid,
      applicant: {
        ...valid.applicant,
        gender: 'male',
        permanentAddress: { provinceCode: '01', communeCode: '00004', detail: 'Số 12' },
      },
      maritalStatus: 'married',
      enterprise: {
        enterpriseCode: '0303456786',
        name: 'Công ty TNHH Hoàng Long',
        legalRepresentativePersonalId: '079190000123',
      },
    };
    expect(validateContract(DossierCheckRequestDto, everything).ok).toBe(true);
  });

  it('requires the applicant, the dossier and the procedure', () => {
    expect(Object.keys(fieldsOf({}))).toEqual(['dossierId', 'procedureCode', 'applicant']);
  });

  it('checks the applicant’s identity claims as a citizen query is checked', () => {
    const fields = fieldsOf({
      ...valid,
      applicant: { personalId: '001085012345', fullName: '', dateOfBirth: '1986-03-14' },
    });
    expect(fields['applicant.fullName']).toEqual(['fullName must not be empty or blank']);
    expect(fields['applicant.dateOfBirth']?.[0]).toContain('disagrees with personalId');
  });

  it('names each bad optional claim', () => {
    const fields = fieldsOf({
      ...valid,
      applicant: { ...valid.applicant, gender: 'm', permanentAddress: { provinceCode: '1' } },
      maritalStatus: 'unknown',
      enterprise: { enterpriseCode: '0303456787', legalRepresentativePersonalId: '12' },
    });
    expect(Object.keys(fields).sort()).toEqual([
      'applicant.gender',
      'applicant.permanentAddress.communeCode',
      'applicant.permanentAddress.provinceCode',
      'enterprise.enterpriseCode',
      'enterprise.legalRepresentativePersonalId',
      'maritalStatus',
    ]);
    expect(fields['enterprise.enterpriseCode']).toEqual([
      'enterpriseCode check digit must be 6, not 7',
    ]);
  });

  it('takes dossier and procedure codes that can travel as Kafka headers', () => {
    expect(fieldsOf({ ...valid, dossierId: 'HS 2026' }).dossierId).toEqual([
      'dossierId must be 1-64 letters, digits and . _ - : /',
    ]);
  });

  it('rejects unknown fields at any depth', () => {
    const fields = fieldsOf({ ...valid, applicant: { ...valid.applicant, ethnicity: 'Kinh' } });
    expect(fields['applicant.ethnicity']).toEqual(['property ethnicity should not exist']);
  });
});
