// A council's past SSDA903 Missing rows loaded as missing episodes, in the caller's transaction.
// The return gives days, not times: an episode is taken to begin and end at the start of its days
// in England, and is known by its child and first day, so a second import changes nothing.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import { harbourTimeZone } from '../../core/clock.ts';

/** One 903 Missing row: M missing or A away from placement, the days it began and ended. */
export interface ImportedMissingEpisode {
  missingType: string;
  startDate: string;
  endDate: string | null;
}

export function importMissingEpisodes(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  episodes: readonly ImportedMissingEpisode[],
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  // The missing area has no column for where a record came from: the trail says it.
  return importForChild(db, actor, { childId, recordType: 'missing_episodes', origin }, async (trx) => {
    const held = await sql<{ day: string; end_day: string | null; missing_type: string }>`
        select to_char(started_at at time zone ${harbourTimeZone}, 'YYYY-MM-DD') as day,
          to_char(returned_at at time zone ${harbourTimeZone}, 'YYYY-MM-DD') as end_day, missing_type
        from missing_episodes where child_id = ${childId}`.execute(trx);
    const byDay = new Map(held.rows.map((row) => [row.day, row]));
    const tally = { added: 0, unchanged: 0 };
    const at = (day: string) => sql<Date>`(${day}::date)::timestamp at time zone ${harbourTimeZone}`;
    for (const episode of episodes) {
      const same = byDay.get(episode.startDate);
      if (same) {
        const returnedSince = same.end_day === null && episode.endDate !== null;
        if (same.missing_type === episode.missingType && returnedSince) {
          await sql`update missing_episodes set returned_at = ${at(episode.endDate!)}, version = version + 1,
              updated_by = ${actor.userId}, updated_at = now()
              where child_id = ${childId} and returned_at is null`.execute(trx);
          tally.added++;
          continue;
        }
        if (same.missing_type !== episode.missingType || (episode.endDate !== null && same.end_day !== episode.endDate))
          throw new RecordIntegrityError(
            'startDate',
            `Harbour holds the missing episode from ${episode.startDate} as ${same.missing_type} to ${same.end_day ?? 'now'}; the return says ${episode.missingType} to ${episode.endDate ?? 'now'}`,
            undefined,
          );
        tally.unchanged++;
        continue;
      }
      await sql`insert into missing_episodes (child_id, missing_type, started_at, returned_at, created_by, updated_by)
          values (${childId}, ${episode.missingType}, ${at(episode.startDate)},
            ${episode.endDate === null ? null : at(episode.endDate)}, ${actor.userId}, ${actor.userId})`.execute(trx);
      byDay.set(episode.startDate, {
        day: episode.startDate,
        end_day: episode.endDate,
        missing_type: episode.missingType,
      });
      tally.added++;
    }
    return tally;
  });
}
