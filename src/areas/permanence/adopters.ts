// SSDA903 AD1 rules 511, 514, 517, 518, 519, 520 and 524: the adopters' number, sexes and legal status agree.
import type { AdopterLegalStatus, AdopterSex } from './codes.ts';

/** NB_ADOPTR: one adopter (M1, F1) or two (a couple), read from SEX_ADOPTR rather than kept twice. */
export const numberOfAdopters = (sex: AdopterSex): 1 | 2 => (sex === 'M1' || sex === 'F1' ? 1 : 2);

/** The SEX_ADOPTR codes each LS_ADOPTR allows. */
export const sexesForLegalStatus: Record<AdopterLegalStatus, readonly AdopterSex[]> = {
  L0: ['M1', 'F1'],
  L11: ['MF'],
  L12: ['MM', 'FF'],
  L2: ['MM', 'FF', 'MF'],
  L3: ['MF'],
  L4: ['MM', 'FF'],
};

/** Whether the adopters' legal status allows their sexes as recorded. */
export const adoptersAgree = (sex: AdopterSex, legalStatus: AdopterLegalStatus): boolean =>
  sexesForLegalStatus[legalStatus].includes(sex);
