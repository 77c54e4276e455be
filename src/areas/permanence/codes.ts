// Codes for permanence plans and the adoption route (SSDA903 PlacedAdoption; Ofsted Annex A lists 8 and 10).
import { codeList } from '../../core/codeLists.ts';

/** The child's plan for permanence (Annex A list 8 "permanence plan"). */
export const permanencePlanTypes = codeList([
  ['return-to-family', 'Return to the birth family'],
  ['adoption', 'Adoption'],
  ['special-guardianship', 'Special guardianship order'],
  ['child-arrangements-order', 'Child arrangements order'],
  ['long-term-fostering', 'Long-term fostering'],
  ['supported-living-in-adulthood', 'Supported living in adulthood'],
  ['residential', 'Residential care'],
  ['independent-living', 'Independent living'],
  ['other', 'Other plan'],
]);
export type PermanencePlanType = keyof typeof permanencePlanTypes;

/** REASON_PLACED_CEASED: why a placement for adoption ended without an adoption order. */
export const reasonsPlacedForAdoptionCeased = codeList([
  ['RD1', "The child's needs changed after the decision"],
  ['RD2', 'The court did not make a placement order'],
  ['RD3', 'Prospective adopters could not be found'],
  ['RD4', 'Any other reason'],
]);
export type ReasonPlacedForAdoptionCeased = keyof typeof reasonsPlacedForAdoptionCeased;

/** Local reasons the plan changed away from adoption (Annex A list 10 "reason"). */
export const adoptionPlanChangeReasons = codeList([
  ['needs-changed', "The child's needs changed"],
  ['no-placement-order', 'The court did not make a placement order'],
  ['no-adopters-found', 'No suitable adopters were found'],
  ['returned-to-family', 'The child is returning to the birth family'],
  ['special-guardianship', 'Permanence through special guardianship instead'],
  ['long-term-fostering', 'Permanence through long-term fostering instead'],
  ['placement-disrupted', 'The placement with adopters ended (disruption)'],
  ['other', 'Other reason'],
]);
export type AdoptionPlanChangeReason = keyof typeof adoptionPlanChangeReasons;

/** Whether brothers and sisters looked after are placed together (local; Annex A list 10's sibling group). */
export const siblingPlacedCodes = codeList([
  ['together', 'Placed together'],
  ['some-together', 'Placed with some of their brothers and sisters'],
  ['apart', 'Placed apart'],
]);
export type SiblingPlaced = keyof typeof siblingPlacedCodes;

/** SEX_ADOPTR: the adopters at the date of adoption, one (M1, F1) or a couple (MM, FF, MF). */
export const adopterSexCodes = codeList([
  ['M1', 'One adopter, a man'],
  ['F1', 'One adopter, a woman'],
  ['MM', 'A couple, both men'],
  ['FF', 'A couple, both women'],
  ['MF', 'A couple, a man and a woman'],
]);
export type AdopterSex = keyof typeof adopterSexCodes;

/** LS_ADOPTR: the adopters' legal status at the date of adoption (SSDA903 guide). */
export const adopterLegalStatusCodes = codeList([
  ['L0', 'A single person'],
  ['L11', 'A married couple of different sexes'],
  ['L12', 'A married couple of the same sex'],
  ['L2', 'Civil partners'],
  ['L3', 'An unmarried couple of different sexes'],
  ['L4', 'An unmarried couple of the same sex'],
]);
export type AdopterLegalStatus = keyof typeof adopterLegalStatusCodes;
