// Child protection codes: CIN census categories of abuse and the council's local lists.
import { codeList } from '../../core/codeLists.ts';

/** CIN census InitialCategoryOfAbuse / LatestCategoryOfAbuse. */
export const categoriesOfAbuse = codeList([
  ['NEG', 'Neglect'],
  ['PHY', 'Physical abuse'],
  ['SAB', 'Sexual abuse'],
  ['EMO', 'Emotional abuse'],
  ['MUL', 'Multiple categories'],
]);
export type CategoryOfAbuse = keyof typeof categoriesOfAbuse;

/** Agencies taking part in a strategy discussion (Working Together: police, health and social care at least). */
export const agencies = codeList([
  ['police', 'Police'],
  ['health', 'Health'],
  ['education', 'Education'],
  ['social-care', 'Children’s social care'],
  ['early-help', 'Early help'],
  ['probation', 'Probation'],
  ['housing', 'Housing'],
  ['other', 'Other'],
]);
export type Agency = keyof typeof agencies;

export const strategyDecisions = codeList([
  ['section-47', 'Section 47 enquiry'],
  ['no-section-47', 'No section 47 enquiry'],
]);
export type StrategyDecision = keyof typeof strategyDecisions;

/** What a section 47 enquiry concluded (local). */
export const section47Outcomes = codeList([
  ['initial-conference', 'Concerns substantiated: initial child protection conference'],
  ['child-in-need-plan', 'Concerns substantiated, no conference: child in need plan'],
  ['not-substantiated', 'Concerns not substantiated'],
  ['no-further-action', 'No further action'],
]);
export type Section47Outcome = keyof typeof section47Outcomes;

export const conferenceTypes = codeList([
  ['initial', 'Initial child protection conference'],
  ['review', 'Review child protection conference'],
]);
export type ConferenceType = keyof typeof conferenceTypes;

/** An initial conference makes a plan or not; a review continues or ends it. */
export const conferenceOutcomes = codeList([
  ['plan', 'Child protection plan'],
  ['no-plan', 'No child protection plan'],
  ['continue', 'Plan continues'],
  ['end-plan', 'Plan ended'],
]);
export type ConferenceOutcome = keyof typeof conferenceOutcomes;

/** How the child took part in the conference (local codes). */
export const childParticipation = codeList([
  ['attended', 'Attended'],
  ['attended-part', 'Attended part of the conference'],
  ['advocate', 'Views conveyed by an advocate'],
  ['writing', 'Views conveyed in writing'],
  ['social-worker', 'Views conveyed by the social worker'],
  ['did-not-participate', 'Did not participate'],
  ['too-young', 'Too young to take part'],
]);
export type ChildParticipation = keyof typeof childParticipation;

/** How the parents took part in the conference (local codes). */
export const parentsParticipation = codeList([
  ['both-attended', 'Both parents attended'],
  ['one-attended', 'One parent attended'],
  ['attended-part', 'Attended part of the conference'],
  ['in-writing', 'Views given in writing'],
  ['did-not-attend', 'Did not attend'],
  ['excluded', 'Excluded by the chair'],
]);
export type ParentsParticipation = keyof typeof parentsParticipation;

/** The chair's rating of the practice seen at conference (local quality assurance). */
export const practiceRatings = codeList([
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
]);
export type PracticeRating = keyof typeof practiceRatings;
