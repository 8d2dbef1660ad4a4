const NINE_DIGITS = /^\d{9}$/;

/** The old identity card number (CMND): nine digits. */
export function isIdCardNumber(text: string): boolean {
  return NINE_DIGITS.test(text);
}
