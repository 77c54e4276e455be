// The NHS number's check digit (NHS Data Dictionary, "NHS Number"): the first nine digits are
// weighted 10 down to 2 and summed; the check digit is 11 less the remainder of the sum divided
// by 11, with 11 written as 0. A remainder that gives 10 means no NHS number has those nine digits.
import { nhsNumberUnknownReasons, type NhsNumberUnknownReason } from './codes.ts';

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

/** An NHS number as typed: the spaces it is written with on an NHS card (943 476 5919) are not part of it. */
export const nhsNumberTyped = (typed: string): string => typed.replace(/\s+/g, '');

/** Ten digits as the NHS writes them, three, three and four: 943 476 5919. */
export const nhsNumberAsWritten = (digits: string): string => digits.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3');

/** A child's NHS number, or what is recorded instead of it. */
interface NhsNumberRecord {
  nhs_number: string | null;
  nhs_number_unknown: string | null;
  nhs_number_unknown_detail: string | null;
  date_of_birth: string | null;
}

/** The NHS number as the child's record shows it: the number as written, or why it is not known. */
export function nhsNumberShown(child: NhsNumberRecord): string {
  if (child.nhs_number) return nhsNumberAsWritten(child.nhs_number);
  if (child.nhs_number_unknown === 'other' && child.nhs_number_unknown_detail)
    return `Not known: ${child.nhs_number_unknown_detail}`;
  const reason = nhsNumberUnknownReasons[child.nhs_number_unknown as NhsNumberUnknownReason] as string | undefined;
  if (reason) return `Not known: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  // An unborn child is given their number when their birth is registered.
  return child.date_of_birth ? 'Not recorded' : 'Not yet: given at birth';
}

/** The NHS number as a form gives it: the number, or why it is not known. */
interface NhsNumberAnswer {
  nhsNumber: string | null;
  nhsNumberUnknown: NhsNumberUnknownReason | null;
  nhsNumberUnknownDetail: string | null;
}

/**
 * What a form's NHS number answers record (a number, or the reason it is not known, with words for
 * "other"), or the field and message of what is missing. An unborn child has no number yet, and
 * needs no reason.
 */
export function nhsNumberRecorded(
  answer: {
    nhsNumber: string | null;
    nhsNumberUnknown?: NhsNumberUnknownReason;
    nhsNumberUnknownDetail: string | null;
  },
  unborn: boolean,
): { ok: true; value: NhsNumberAnswer } | { ok: false; field: keyof NhsNumberAnswer; message: string } {
  const { nhsNumber, nhsNumberUnknown, nhsNumberUnknownDetail } = answer;
  const none = { nhsNumber: null, nhsNumberUnknown: null, nhsNumberUnknownDetail: null };
  if (nhsNumber && unborn)
    return { ok: false, field: 'nhsNumber', message: 'An unborn child has no NHS number yet: leave it empty' };
  if (nhsNumber) return { ok: true, value: { ...none, nhsNumber } };
  if (unborn) return { ok: true, value: none };
  if (!nhsNumberUnknown)
    return { ok: false, field: 'nhsNumberUnknown', message: 'Enter the NHS number, or select why it is not known' };
  if (nhsNumberUnknown !== 'other') return { ok: true, value: { ...none, nhsNumberUnknown } };
  if (!nhsNumberUnknownDetail)
    return { ok: false, field: 'nhsNumberUnknownDetail', message: 'Enter why the NHS number is not known' };
  return { ok: true, value: { ...none, nhsNumberUnknown, nhsNumberUnknownDetail } };
}
