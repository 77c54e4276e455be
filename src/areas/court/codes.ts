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
