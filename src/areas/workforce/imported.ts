// A council's past SSDA903 SWEpisodes loaded as the child's allocations, in the caller's transaction.
// The return names each social worker by their Social Work England number (SW…) or, for one
// without, a council-local id (XX…). A worker Harbour does not know is recorded from the return
// alone: no team, no sign-in, not in post, marked as imported, so that a second import finds them
// and an export names them as the return did. An episode is known by its child and start day, so a
// second import changes nothing; one that disagrees with what Harbour holds refuses the child.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { recordAudit, type Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import type { SocialWorkerChangeReason } from './codes.ts';
import { sweRegistrationNumberPattern } from './registration.ts';

/** One SWEpisodes row: the worker's SW_ID, the days the episode began and ended, and SW_REASON. */
export interface ImportedSocialWorkerEpisode {
  socialWorkerId: string;
  startDate: string;
  endDate: string | null;
  reason: SocialWorkerChangeReason | null;
}

/**
 * Allocations name the team that held the child. A return does not say it, so an episode of a
 * worker Harbour knows only from a return is held by this team (it has no members, so it opens no
 * child's record to anyone).
 */
const teamOfPastReturns = 'Social workers known from past returns';

/** The worker a return's SW_ID names, recorded from the return when Harbour does not know them. */
async function workerNamed(trx: Kysely<Database>, actor: Actor, id: string, from: string, origin: ImportedFrom) {
  const registered = sweRegistrationNumberPattern.test(id);
  const held = await trx
    .selectFrom('workers')
    .select(['id', 'name', 'team_id', 'start_date', 'imported_from'])
    .where(registered ? 'swe_registration_number' : 'previous_system_id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (held) {
    // Known only from returns: their first known day is the earliest episode any return gives.
    if (held.imported_from !== null && from < held.start_date)
      await trx.updateTable('workers').set({ start_date: from }).where('id', '=', held.id).execute();
    return held;
  }
  const worker = await trx
    .insertInto('workers')
    .values({
      name: `Social worker ${id}`,
      role: 'social-worker',
      team_id: null,
      start_date: from,
      swe_registration_number: registered ? id : null,
      previous_system_id: registered ? null : id,
      imported_from: origin,
    })
    .returning(['id', 'name', 'team_id', 'start_date', 'imported_from'])
    .executeTakeFirstOrThrow();
  await recordAudit(trx, actor, {
    event: 'workforce-changed',
    recordType: 'worker',
    recordId: worker.id,
    detail: { action: 'imported', name: worker.name, from: origin, socialWorkerId: id },
  });
  return worker;
}

const overlaps = (a: { start: string; end: string | null }, b: { start: string; end: string | null }) =>
  (b.end === null || a.start < b.end) && (a.end === null || b.start < a.end);

/** Loads a child's social worker episodes from a return as allocations: all of them, or none (refused). */
export function importSocialWorkerEpisodes(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  episodes: readonly ImportedSocialWorkerEpisode[],
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'allocations', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    if (!episodes.length) return tally;
    const held = await trx
      .selectFrom('allocations')
      .innerJoin('workers', 'workers.id', 'allocations.worker_id')
      .select([
        'allocations.id',
        'allocations.worker_id',
        'allocations.start_date as start',
        'allocations.end_date as end',
        'allocations.change_reason',
        'workers.name',
      ])
      .where('allocations.child_id', '=', childId)
      .forUpdate()
      .execute();
    const refuse = (message: string): never => {
      throw new RecordIntegrityError('socialWorkerId', message, undefined);
    };
    for (const episode of [...episodes].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
      const worker = await workerNamed(trx, actor, episode.socialWorkerId, episode.startDate, origin);
      const given = { start: episode.startDate, end: episode.endDate };
      const same = held.find((allocation) => allocation.start === episode.startDate);
      if (same) {
        if (same.worker_id !== worker.id)
          refuse(
            `Harbour holds the child's allocation from ${same.start} to ${same.name}; the return says ${episode.socialWorkerId}`,
          );
        const endsNow = same.end === null && episode.endDate !== null;
        if (!endsNow && same.end !== episode.endDate)
          refuse(
            `Harbour holds the child's allocation from ${same.start} as ending ${same.end ?? 'never'}; the return says SW_DEC ${episode.endDate ?? 'blank'}`,
          );
        if (same.change_reason !== null && episode.reason !== null && same.change_reason !== episode.reason)
          refuse(
            `Harbour holds the reason for the social worker from ${same.start} as ${same.change_reason}; the return says SW_REASON ${episode.reason}`,
          );
        const reasonNow = same.change_reason === null && episode.reason !== null;
        if (!endsNow && !reasonNow) {
          tally.unchanged++;
          continue;
        }
        await trx
          .updateTable('allocations')
          .set({
            end_date: episode.endDate,
            change_reason: episode.reason ?? same.change_reason,
            updated_by: actor.userId,
            updated_at: new Date(),
            version: sql`version + 1`,
          })
          .where('id', '=', same.id)
          .execute();
        [same.end, same.change_reason] = [episode.endDate, episode.reason ?? same.change_reason];
        tally.added++;
        continue;
      }
      const clash = held.find((allocation) => overlaps(given, allocation));
      if (clash)
        refuse(
          `the social worker episode from ${episode.startDate} overlaps the child's allocation to ${clash.name} from ${clash.start} to ${clash.end ?? 'now'}`,
        );
      const teamId = worker.team_id ?? (await findOrCreateTeam(trx, teamOfPastReturns)).id;
      const row = await trx
        .insertInto('allocations')
        .values({
          child_id: childId,
          worker_id: worker.id,
          team_id: teamId,
          start_date: episode.startDate,
          end_date: episode.endDate,
          change_reason: episode.reason,
          imported_from: origin,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      held.push({
        id: row.id,
        worker_id: worker.id,
        start: episode.startDate,
        end: episode.endDate,
        change_reason: episode.reason,
        name: worker.name,
      });
      tally.added++;
    }
    return tally;
  });
}
