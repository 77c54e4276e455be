// Codes for family group decision-making, family plans and family network support packages.
import { codeList } from '../../core/codeLists.ts';

/**
 * The kinds of family group decision-making the Families First guidance names: both bring the family
 * network together to make a plan, and both count as the meeting the CIN census asks was offered.
 */
export const meetingKinds = codeList([
  ['family-group-conference', 'Family group conference (family group decision-making)'],
  ['family-network-meeting', 'Family network meeting'],
]);
export type MeetingKind = keyof typeof meetingKinds;

export const meetingResponses = codeList([
  ['accepted', 'Accepted'],
  ['declined', 'Declined'],
]);

/** Why a family declined the meeting offered. */
export const declinedReasons = codeList([
  ['no-consent', 'Parents did not agree to the family network being involved'],
  ['no-network', 'The family could not name anyone to involve'],
  ['child-wishes', 'The child or young person did not want a meeting'],
  ['other-support', 'The family preferred other help'],
  ['other', 'Another reason'],
]);
export type DeclinedReason = keyof typeof declinedReasons;

/** Why no family group decision-making was offered before pre-proceedings or proceedings. */
export const notOfferedReasons = codeList([
  ['immediate-risk', 'The risk to the child was too immediate to wait for a meeting'],
  ['unsafe', 'A meeting would have put the child or someone else at risk (for example domestic abuse)'],
  ['no-network', 'No family network could be found'],
  ['family-refused', 'The family refused before a meeting could be offered'],
  ['other', 'Another reason'],
]);
export type NotOfferedReason = keyof typeof notOfferedReasons;

/** What a review of the family plan decided. */
export const reviewOutcomes = codeList([
  ['continues', 'The plan continues as agreed'],
  ['revised', 'The family revised the plan'],
  ['not-working', 'The plan is not working: the family and social worker are to meet again'],
  ['ended', 'The plan has ended: no longer needed'],
]);
export type ReviewOutcome = keyof typeof reviewOutcomes;

/** What a family network support package provides (Families First: family network support packages). */
export const supportKinds = codeList([
  ['financial', 'Financial support'],
  ['practical', 'Practical help (for example household items)'],
  ['respite', 'Respite or short breaks'],
  ['childcare', 'Childcare'],
  ['travel', 'Travel costs'],
  ['accommodation', 'Accommodation or housing costs'],
  ['equipment', 'Equipment or furniture'],
  ['training', 'Training or parenting support for the carer'],
  ['other', 'Other support'],
]);
export type SupportKind = keyof typeof supportKinds;
