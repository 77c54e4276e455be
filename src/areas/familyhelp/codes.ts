// Family Help's code lists (local: the DfE's returns count Family Help through the CIN episode it links to).
import { codeList } from '../../core/codeLists.ts';

/** The kind of family help assessment: targeted help, or a child in need assessment under section 17. */
export const assessmentKinds = codeList([
  ['targeted', 'Targeted family help (no section 17 assessment)'],
  ['section-17', 'Child in need assessment under section 17 of the Children Act 1989'],
]);
export type AssessmentKind = keyof typeof assessmentKinds;

/** What a review of the family plan decided. */
export const reviewDecisions = codeList([
  ['continue', 'Continue with the family plan'],
  ['step-up', 'Step up to child protection'],
  ['step-down', 'Step down to universal services'],
  ['close', 'Close Family Help'],
]);
export type ReviewDecision = keyof typeof reviewDecisions;

/** How a Family Help episode ended. */
export const endReasons = codeList([
  ['stepped-down', 'Stepped down to universal services'],
  ['closed', 'Closed'],
]);
export type EndReason = keyof typeof endReasons;
