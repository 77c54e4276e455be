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

// How the child was heard is one list wherever they are heard (visits, case notes): the platform's.
export type { VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
