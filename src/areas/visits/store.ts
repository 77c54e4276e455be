import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, withIntegrity } from '../../platform/records/integrity.ts';
import { visitPurposes, type VisitPurpose } from './codes.ts';
import type { Visit } from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

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
  let query = db
    .selectFrom('visits')
    .leftJoin('users', 'users.id', 'visits.visited_by')
    .selectAll('visits')
    .select('users.display_name as visited_by_name')
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
  /** Who visited, when not the person recording it. */
  visitedBy?: number | null;
}

export function recordVisit(db: Kysely<Database>, actor: Actor, input: NewVisit): Promise<Visit> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const visit = await trx
        .insertInto('visits')
        .values({
          child_id: input.childId,
          visit_date: input.date,
          purpose: input.purpose,
          child_seen: input.childSeen,
          seen_alone: input.seenAlone ?? false,
          wishes_and_feelings: input.wishesAndFeelings?.trim() || null,
          visited_by: input.visitedBy ?? actor.userId,
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
