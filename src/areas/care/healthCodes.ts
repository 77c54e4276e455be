// SSDA903 OC2 codes for the looked-after child's health.
import { codeList } from '../../core/codeLists.ts';

/** SDQ_REASON: why there is no strengths and difficulties questionnaire score, as the 903 guidance words it. */
export const sdqReasons = codeList([
  ['SDQ1', 'No form returned as child was aged under 4 or over 17 at date of latest assessment'],
  ['SDQ2', 'Carer(s) refused to complete and return questionnaire'],
  ['SDQ3', 'Not possible to complete the questionnaire due to severity of the child’s disability'],
  ['SDQ4', 'Other'],
  ['SDQ5', 'Child or young person refuses to allow an SDQ to be completed'],
]);
export type SdqReason = keyof typeof sdqReasons;
