import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildsVoiceEntry } from '../../platform/records/childsVoice.ts';
import { areas } from '../../areas/all.ts';

const sources = areas.flatMap((area) => (area.childsVoice ? [area.childsVoice] : []));

/** Every time the child was heard, in any area's records, newest first. */
export async function childsVoice(db: Kysely<Database>, childId: number): Promise<ChildsVoiceEntry[]> {
  const heard = (await Promise.all(sources.map((source) => source(db, childId)))).flat();
  return heard.sort((a, b) => b.date.localeCompare(a.date));
}
