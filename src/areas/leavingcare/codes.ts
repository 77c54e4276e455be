// Codes for care leavers (Children (Leaving Care) Act 2000 categories; SSDA903 OC3).
import { codeList } from '../../core/codeLists.ts';

/** The care leaver's category under the Children Act 1989 as amended by the Children (Leaving Care) Act 2000. */
export const eligibilityCategories = codeList([
  ['eligible', 'Eligible child (aged 16 or 17 and still looked after)'],
  ['relevant', 'Relevant child (aged 16 or 17 and left care)'],
  ['former-relevant', 'Former relevant child (aged 18 to 25)'],
  ['qualifying', 'Qualifying care leaver'],
]);
export type EligibilityCategory = keyof typeof eligibilityCategories;

/** IN_TOUCH: whether the local authority is in touch with the young person. */
export const inTouchCodes = codeList([
  ['YES', 'In touch'],
  ['NO', 'Not in touch'],
  ['DIED', 'Young person has died'],
  ['REFU', 'Young person refuses contact'],
  ['NREQ', 'Young person no longer requires services'],
  ['RHOM', 'Young person has returned home to live with parents for 6 months or more'],
]);
export type InTouchCode = keyof typeof inTouchCodes;

/** In touch codes after which the 903 expects no accommodation or activity (903 rule 344). */
export const noDetailsExpected: readonly InTouchCode[] = ['DIED', 'RHOM'];

/** ACCOM: the young person's accommodation (returned with 1 suitable / 2 not suitable). */
export const accommodationCodes = codeList([
  ['B', 'With parents or relatives'],
  ['C', 'Community home or other residential care, such as an NHS establishment'],
  ['D', 'Semi-independent, transitional accommodation'],
  ['E', 'Supported lodgings'],
  ['G', 'Ordinary lodgings without formal support'],
  ['H', 'Foyer or similar supported accommodation'],
  ['K', 'Independent living, such as a flat or bedsit'],
  ['R', 'Residence not known'],
  ['S', 'No fixed abode or homeless'],
  ['T', 'Bed and breakfast'],
  ['U', 'In custody'],
  ['V', 'Emergency accommodation'],
  ['W', 'Other accommodation'],
  ['X', 'Gone abroad'],
  ['Y', 'Deported'],
  ['Z', 'With former foster carer(s) (staying put)'],
]);
export type AccommodationCode = keyof typeof accommodationCodes;

/** ACTIV: the young person's main activity. */
export const activityCodes = codeList([
  ['F1', 'Full-time in higher education'],
  ['P1', 'Part-time in higher education'],
  ['F2', 'Full-time in education other than higher education'],
  ['P2', 'Part-time in education other than higher education'],
  ['F4', 'Full-time in training, including apprenticeships'],
  ['P4', 'Part-time in training, including apprenticeships'],
  ['F5', 'Full-time in employment'],
  ['P5', 'Part-time in employment'],
  ['G4', 'Not in education, training or employment because of illness or disability'],
  ['G5', 'Not in education, training or employment for other reasons'],
  ['G6', 'Not in education, training or employment because of pregnancy or parenting'],
]);
export type ActivityCode = keyof typeof activityCodes;

/** The activities that are education, employment or training (the G codes are not). */
export const educationEmploymentOrTraining = (Object.keys(activityCodes) as ActivityCode[]).filter(
  (code) => !code.startsWith('G'),
);
