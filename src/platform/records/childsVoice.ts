// The child's voice as data: wherever the child is heard (a visit, a case note…) each area offers
// their wishes and feelings in their own words, how they were gathered and whether the child was
// seen alone, so their page can list them over time rather than leave them in free text.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { codeList } from '../../core/codeLists.ts';

/** How the child's wishes and feelings were gathered: a child who does not yet talk is observed. */
export const voiceGatheredBy = codeList([
  ['spoken', 'Spoken: the child told us'],
  ['drawn', 'Drawn, written or shown in play'],
  ['advocate', 'Through an advocate'],
  ['interpreter', 'Through an interpreter'],
  ['observed', 'Observed (a child who does not yet talk)'],
]);
export type VoiceGatheredBy = keyof typeof voiceGatheredBy;

/** How a record says the child's words were gathered, by name (its `voice_gathered` column holds the codes). */
export const gatheredNames = (codes: readonly string[]) =>
  codes.map((code) => voiceGatheredBy[code as VoiceGatheredBy] ?? code);

/** One time the child was heard. */
export interface ChildsVoiceEntry {
  /** The day, 'YYYY-MM-DD'. */
  date: string;
  /** Where it was recorded, as the page names it: 'Child protection visit', 'Case note: home visit'. */
  where: string;
  /** The record it came from. */
  href: string;
  /** Their wishes and feelings in their own words. */
  words: string;
  gathered: readonly VoiceGatheredBy[];
  /** Whether the child was seen alone; null where the record does not ask (a conference hears the child's views). */
  seenAlone: boolean | null;
}

/** What each area offers the child's voice: every time this child was heard in its records. */
export type ChildsVoiceSource = (db: Kysely<Database>, childId: number) => Promise<ChildsVoiceEntry[]>;
