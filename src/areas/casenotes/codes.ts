// What a case note records of its kind and of how the child's voice was heard.
import { codeList } from '../../core/codeLists.ts';

/** What kind of contact or work the note records. */
export const caseNoteKinds = codeList([
  ['home-visit', 'Home visit'],
  ['office-visit', 'Office visit'],
  ['phone-call', 'Phone call'],
  ['meeting', 'Meeting'],
  ['direct-work', 'Direct work with the child'],
  ['email-or-letter', 'Email or letter'],
  ['other', 'Other'],
]);
export type CaseNoteKind = keyof typeof caseNoteKinds;

/** How the child's wishes and feelings were gathered: a child who does not yet talk is observed. */
export const voiceGatheredBy = codeList([
  ['spoken', 'Spoken: the child told us'],
  ['drawn', 'Drawn, written or shown in play'],
  ['advocate', 'Through an advocate'],
  ['interpreter', 'Through an interpreter'],
  ['observed', 'Observed (a child who does not yet talk)'],
]);
export type VoiceGatheredBy = keyof typeof voiceGatheredBy;
