import type { Kysely } from 'kysely';
import type { VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, withIntegrity } from '../../platform/records/integrity.ts';
import { visitPurposes, type VisitPurpose } from './codes.ts';
import type { Visit } from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { togetherGroup } from '../../platform/records/together.ts';
import { chosenWorker } from '../workforce/index.ts';

explainConstraints({
  visits_purpose_check: { field: 'purpose', message: 'Select the purpose of the visit' },
  visits_seen_alone_needs_seen: { field: 'seenAlone', message: 'A child seen alone must also be recorded as seen' },
});

/** A child's visits between two dates (inclusive), with who visited, for the pages of an assessment or a plan. */
export async function visitsBetween(
  db: Kysely<Database>,
  childId: number,
  from: string,
  to: string,
  purpose?: VisitPurpose,
) {
  // Visits recorded before visitors were workers name the account recorded then.
  let query = db
    .selectFrom('visits')
    .leftJoin('workers', 'workers.id', 'visits.visited_by_worker_id')
    .leftJoin('users', 'users.id', 'visits.visited_by')
    .selectAll('visits')
    .select((eb) => eb.fn.coalesce('workers.name', 'users.display_name').as('visited_by_name'))
    .where('visits.child_id', '=', childId)
    .where('visit_date', '>=', from)
    .where('visit_date', '<=', to);
  if (purpose) query = query.where('purpose', '=', purpose);
  const visits = await query.orderBy('visit_date').orderBy('visits.id').execute();
  return visits.map((visit) => ({ ...visit, purposeName: visitPurposes[visit.purpose as VisitPurpose] }));
}

export interface NewVisit {
  childId: number;
  date: string;
  purpose: VisitPurpose;
  childSeen: boolean;
  seenAlone?: boolean;
  wishesAndFeelings?: string | null;
  /** How their wishes and feelings were gathered, when recorded. */
  voiceGathered?: readonly VoiceGatheredBy[];
  /** The worker who visited, in post on the day of the visit. */
  visitedBy?: number | null;
}

/**
 * Records one visit, or the visit to brothers and sisters seen together: a visit on each child's
 * record with their own part (seen, alone, their voice), so each child's visiting and seen-alone
 * clocks move on their own; all or none.
 */
export function recordVisits(db: Kysely<Database>, actor: Actor, inputs: readonly NewVisit[]): Promise<Visit[]> {
  const recordedTogether = togetherGroup(inputs);
  return inTransaction(db, async (trx) => {
    const recorded: Visit[] = [];
    for (const input of inputs) recorded.push(await recordVisit(trx, actor, input, recordedTogether));
    return recorded;
  });
}

export function recordVisit(
  db: Kysely<Database>,
  actor: Actor,
  input: NewVisit,
  recordedTogether: string | null = null,
): Promise<Visit> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      if (input.visitedBy)
        await chosenWorker(trx, {
          workerId: input.visitedBy,
          on: input.date,
          field: 'visitedBy',
          message: 'Select who visited from the list: someone in post on the day of the visit',
        });
      const visit = await trx
        .insertInto('visits')
        .values({
          child_id: input.childId,
          visit_date: input.date,
          purpose: input.purpose,
          child_seen: input.childSeen,
          seen_alone: input.seenAlone ?? false,
          wishes_and_feelings: input.wishesAndFeelings?.trim() || null,
          voice_gathered: [...new Set(input.voiceGathered ?? [])],
          visited_by_worker_id: input.visitedBy ?? null,
          recorded_together: recordedTogether,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'visits',
        recordId: visit.id,
        detail: { action: 'created' },
      });
      return visit;
    }),
  );
}
