// Codes for pre-proceedings and care proceedings.
import { codeList } from '../../core/codeLists.ts';

/** CIN census PPOutcome (from 2026): how pre-proceedings under the Public Law Outline ended. */
export const preProceedingsOutcomes = codeList([
  ['issue-proceedings', 'Issue care proceedings'],
  ['step-down', 'Step down from pre-proceedings'],
  ['other', 'Other outcome'],
]);
export type PreProceedingsOutcome = keyof typeof preProceedingsOutcomes;

/** Meetings held during pre-proceedings, beside the initial pre-proceedings meeting. */
export const preProceedingsMeetingTypes = codeList([
  ['legal-planning', 'Legal planning meeting'],
  ['review', 'Pre-proceedings review meeting'],
]);
export type PreProceedingsMeetingType = keyof typeof preProceedingsMeetingTypes;

/** The order the court made for each child when care proceedings concluded (Children Act 1989, Adoption and Children Act 2002). */
export const finalOrders = codeList([
  ['care-order', 'Care order (s31)'],
  ['supervision-order', 'Supervision order (s31)'],
  ['special-guardianship-order', 'Special guardianship order (s14A)'],
  ['child-arrangements-order', 'Child arrangements order (s8)'],
  ['placement-order', 'Placement order (Adoption and Children Act 2002, s21)'],
  ['no-order', 'No order'],
  ['withdrawn', 'Application withdrawn'],
]);
export type FinalOrder = keyof typeof finalOrders;

/** The hearings of care proceedings, in the order of the Public Law Outline (Practice Direction 12A). */
export const hearingTypes = codeList([
  ['case-management', 'Case management hearing'],
  ['further-case-management', 'Further case management hearing'],
  ['interim', 'Interim hearing'],
  ['issues-resolution', 'Issues resolution hearing'],
  ['final', 'Final hearing'],
  ['other', 'Other hearing'],
]);
export type HearingType = keyof typeof hearingTypes;

/** The interim orders the court makes for a child while proceedings run (Children Act 1989 s38). */
export const interimOrders = codeList([
  ['interim-care-order', 'Interim care order (s38)'],
  ['interim-supervision-order', 'Interim supervision order (s38)'],
]);
export type InterimOrder = keyof typeof interimOrders;

/**
 * The court that authorised depriving a looked-after child of their liberty (SSDA903 DoLo, from
 * 2026-27): the High Court under its inherent jurisdiction, or the Court of Protection (Mental
 * Capacity Act 2005) for a young person of 16 or 17.
 */
export const deprivationOfLibertyCourts = codeList([
  ['high-court', 'High Court (inherent jurisdiction)'],
  ['court-of-protection', 'Court of Protection (16 or 17 years old)'],
]);
export type DeprivationOfLibertyCourt = keyof typeof deprivationOfLibertyCourts;
