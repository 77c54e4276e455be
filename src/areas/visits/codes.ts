// Why a child was visited: the purpose names the visiting standard the visit counts towards.
import { codeList } from '../../core/codeLists.ts';

/** The purpose of a visit, named as the timescale engine reads it. */
export const visitPurposes = codeList([
  ['child-protection', 'Child protection visit'],
  ['child-in-need', 'Child in need visit'],
  ['looked-after', 'Statutory visit to a looked after child'],
  ['other', 'Other visit'],
]);
export type VisitPurpose = keyof typeof visitPurposes;
