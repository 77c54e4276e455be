// SSDA903 codes for periods of care and their episodes, reviews and placements. Wording follows
// the DfE's 903 guide; check the guide for the collection year before relying on a meaning.
import { codeList } from '../../core/codeLists.ts';

/** RNE: reason for new episode. */
export const reasonsForNewEpisode = codeList([
  ['S', 'Started to be looked after'],
  ['L', 'Change of legal status only'],
  ['P', 'Change of placement and carer(s) only'],
  ['T', 'Change of both legal status and placement and carer(s) at the same time'],
  ['B', 'Change of placement (but same carer(s)) only'],
  ['U', 'Change of both legal status and placement (but same carer(s)) at the same time'],
]);
export type ReasonForNewEpisode = keyof typeof reasonsForNewEpisode;

/** LS: legal status. */
export const legalStatuses = codeList([
  ['C1', 'Interim care order'],
  ['C2', 'Full care order'],
  ['D1', 'Freeing order granted'],
  ['E1', 'Placement order granted'],
  ['J1', 'Remanded to local authority accommodation or to youth detention accommodation'],
  ['J2', 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984'],
  ['J3', 'Sentenced to a youth rehabilitation order with a residence or fostering requirement'],
  ['L1', 'Under police protection and in local authority accommodation'],
  ['L2', 'Under an emergency protection order'],
  ['L3', 'Under a child assessment order and in local authority accommodation'],
  ['V2', 'Single period of accommodation under section 20'],
  ['V3', 'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded'],
  ['V4', 'Accommodated under an agreed series of short-term breaks, when agreements are recorded'],
]);
export type LegalStatus = keyof typeof legalStatuses;

/** CIN: category of need. */
export const categoriesOfNeed = codeList([
  ['N1', 'Abuse or neglect'],
  ['N2', "Child's disability"],
  ['N3', 'Parental illness or disability'],
  ['N4', 'Family in acute stress'],
  ['N5', 'Family dysfunction'],
  ['N6', 'Socially unacceptable behaviour'],
  ['N7', 'Low income'],
  ['N8', 'Absent parenting'],
]);
export type CategoryOfNeed = keyof typeof categoriesOfNeed;

/** PLACE: placement type, the 2025/26 list (H5 and P2 withdrawn in 2024/25; Z1 split into Z11–Z14). */
export const placementTypes = codeList([
  ['A3', 'Placed for adoption with parental consent with current foster carer(s)'],
  ['A4', 'Placed for adoption with parental consent not with current foster carer(s)'],
  ['A5', 'Placed for adoption with a placement order with current foster carer(s)'],
  ['A6', 'Placed for adoption with a placement order not with current foster carer(s)'],
  ['K1', "Secure children's home"],
  ['K2', "Children's home subject to Children's Homes Regulations"],
  ['K3', 'Supported accommodation'],
  ['P1', 'Placed with own parent(s) or other person(s) with parental responsibility'],
  ['P3', 'Residential employment'],
  ['R1', 'Residential care home'],
  ['R2', 'NHS or health trust establishment providing medical or nursing care'],
  ['R3', 'Family centre or mother and baby unit'],
  ['R5', 'Young offender institution'],
  ['S1', "Residential school, except where dual-registered as a school and children's home"],
  ['T0', 'Temporary placement: all types of temporary move'],
  ['T1', 'Temporary period in hospital'],
  ['T2', 'Temporary absence of the child on holiday'],
  ['T3', 'Temporary accommodation while the usual foster carer(s) is on holiday'],
  ['T4', 'Temporary accommodation of 7 days or less, for any other reason'],
  ['U1', 'Foster placement with relative(s) or friend(s): long-term fostering'],
  [
    'U2',
    'Foster placement with relative(s) or friend(s) who are also approved adopters: fostering for adoption or concurrent planning',
  ],
  ['U3', 'Foster placement with relative(s) or friend(s): not long-term or fostering for adoption'],
  ['U4', 'Foster placement with other foster carer(s): long-term fostering'],
  [
    'U5',
    'Foster placement with other foster carer(s) who are also approved adopters: fostering for adoption or concurrent planning',
  ],
  ['U6', 'Foster placement with other foster carer(s): not long-term or fostering for adoption'],
  ['Z11', 'Other placement (Z1, first 2025/26 subdivision: see the DfE guide)'],
  ['Z12', 'Other placement (Z1, second 2025/26 subdivision: see the DfE guide)'],
  ['Z13', 'Other placement (Z1, third 2025/26 subdivision: see the DfE guide)'],
  ['Z14', 'Other placement (Z1, fourth 2025/26 subdivision: see the DfE guide)'],
]);
export type PlacementType = keyof typeof placementTypes;

/** Temporary placements: a change to or from one needs no reason for placement change (903 rule 226). */
export const temporaryPlacementTypes: readonly PlacementType[] = ['T0', 'T1', 'T2', 'T3', 'T4'];

/** PLACE_PROVIDER: who provides the placement. PR0 goes with placement P1 only (903 rules 527–531, 550). */
export const placementProviders = codeList([
  ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
  ['PR1', 'Own provision (by the local authority)'],
  ['PR2', 'Other local authority provision'],
  ['PR3', 'Other public provision (for example the NHS)'],
  ['PR4', 'Private provision'],
  ['PR5', 'Voluntary or third sector provision'],
]);
export type PlacementProvider = keyof typeof placementProviders;

/** REC: reason episode ceased. X1 ends an episode but not the period of care. */
export const reasonsEpisodeCeased = codeList([
  ['E11', 'Adopted: application for an adoption order unopposed'],
  ['E12', 'Adopted: consent dispensed with by the court'],
  ['E13', 'Left care to live with parent(s), relative(s) or other person(s) with no parental responsibility'],
  ['E14', 'Accommodation on remand ended'],
  ['E15', 'Age assessment determined the child is 18 or over'],
  ['E16', 'Child moved abroad'],
  ['E17', 'Aged 18 or over and remained with current carers (including staying put)'],
  ['E2', 'Died'],
  ['E3', 'Care taken over by another local authority in the UK'],
  ['E41', 'Residence order or child arrangements order granted'],
  ['E45', 'Special guardianship order made to former foster carer(s) who are relatives or friends'],
  ['E46', 'Special guardianship order made to former foster carer(s) other than relatives or friends'],
  ['E47', 'Special guardianship order made to carer(s) other than former foster carer(s) who are relatives or friends'],
  [
    'E48',
    'Special guardianship order made to carer(s) other than former foster carer(s), other than relatives or friends',
  ],
  [
    'E4A',
    'Returned home to live with parent(s) or others with parental responsibility as part of the care planning process',
  ],
  [
    'E4B',
    'Returned home to live with parent(s) or others with parental responsibility, not as part of the care planning process',
  ],
  ['E5', 'Moved into independent living with supportive accommodation'],
  ['E6', 'Moved into independent living with no formal support'],
  ['E7', 'Transferred to residential care funded by adult social care services'],
  ['E8', 'Period of being looked after ceased for any other reason'],
  ['E9', 'Sentenced to custody'],
  ['X1', 'Episode ceased and a new episode began the same day'],
]);
export type ReasonEpisodeCeased = keyof typeof reasonsEpisodeCeased;

/** The one REC that leaves the child looked after. */
export const episodeContinues: ReasonEpisodeCeased = 'X1';

/** REASON_PLACE_CHANGE: why the placement changed, recorded on the episode that ended. */
export const reasonsForPlacementChange = codeList([
  ['CARPL', 'Change to or implementation of the care plan'],
  ['CLOSE', 'Resignation or closure of the provision'],
  ['ALLEG', 'Allegation (section 47)'],
  ['STAND', 'Standards of care concern'],
  ['APPRR', 'Approval removed'],
  ['CREQB', "Carer(s) asked for the placement to end because of the child's behaviour"],
  ['CREQO', "Carer(s) asked for the placement to end for reasons other than the child's behaviour"],
  ['CHILD', 'Child asked for the placement to end'],
  ['LAREQ', 'Responsible or area authority asked for the placement to end'],
  ['PLACE', 'Change in the status of the placement only'],
  ['CUSTOD', 'Custody arrangement'],
  ['OTHER', 'Other'],
]);
export type ReasonForPlacementChange = keyof typeof reasonsForPlacementChange;

/** The visiting regime of CPPCR reg 28, as the timescale engine reads it. */
export const placementArrangements = codeList([
  ['placed-with-parent', 'Placed with a parent (reg 19)'],
  ['connected-person-temporary-approval', 'Connected person with temporary approval (reg 24)'],
  ['other', 'Any other placement'],
]);
export type PlacementArrangement = keyof typeof placementArrangements;

/** REVIEW_CODE: how the child took part in the review. */
export const reviewParticipation = codeList([
  ['PN0', 'Child aged under 4 at the time of the review'],
  ['PN1', 'Child physically attends and speaks for themselves'],
  ['PN2', 'Child physically attends and an advocate speaks for them'],
  ['PN3', 'Child attends and conveys their views symbolically (non-verbally)'],
  ['PN4', 'Child physically attends but does not speak or convey their views, and no advocate speaks for them'],
  ['PN5', 'Child does not attend but briefs an advocate to speak for them'],
  ['PN6', 'Child does not attend but conveys their feelings by a facilitative medium'],
  ['PN7', 'Child does not attend and their views are not conveyed'],
]);
export type ReviewParticipation = keyof typeof reviewParticipation;

export const healthAssessmentTypes = codeList([
  ['initial', 'Initial health assessment'],
  ['review', 'Review health assessment'],
]);
export type HealthAssessmentType = keyof typeof healthAssessmentTypes;

/** PREV_PERM: the permanence order the child left an earlier period of care through, as said at entry. */
export const previousPermanenceOptions = codeList([
  ['P1', 'Adoption'],
  ['P2', 'Special guardianship order (SGO)'],
  ['P3', 'Residence order or child arrangements order setting out with whom the child is to live'],
  ['P4', 'Not known whether the child had a previous permanence option'],
  ['Z1', 'The child has not previously had a permanence option'],
]);
export type PreviousPermanenceOption = keyof typeof previousPermanenceOptions;
