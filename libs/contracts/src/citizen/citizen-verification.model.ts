/** The answer to "do these claims match the population record?" — verdicts only, no personal data. */
export type FieldVerdict = 'MATCH' | 'MISMATCH';

export interface CitizenVerification {
  /** True when every checked field matches. */
  verified: boolean;
  fields: {
    fullName: FieldVerdict;
    dateOfBirth: FieldVerdict;
  };
}
