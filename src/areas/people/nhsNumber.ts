// The NHS number's check digit (NHS Data Dictionary, "NHS Number"): the first nine digits are
// weighted 10 down to 2 and summed; the check digit is 11 less the remainder of the sum divided
// by 11, with 11 written as 0. A remainder that gives 10 means no NHS number has those nine digits.

/** The check digit of an NHS number's first nine digits, or undefined when no valid number has them. */
export function nhsCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) return undefined;
  const sum = [...firstNine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

/** Whether ten digits are an NHS number: the tenth is the check digit of the nine before it. */
export const isValidNhsNumber = (digits: string): boolean =>
  /^\d{10}$/.test(digits) && nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
