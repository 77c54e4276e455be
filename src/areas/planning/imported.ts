// A council's past CIN census plans (CINPlanDates) loaded as child in need plans under the
// referral of their CIN episode, in the caller's transaction. A plan is known by its child and start:
// one Harbour holds is left alone when the census agrees, given its end when Harbour had none, and
// refuses the child when they differ.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import './store.ts';

/** One CINPlanDates block, under Harbour's referral of its episode. */
export interface ImportedCinPlan {
  referralId: number;
  startDate: string;
  endDate: string | null;
}

/**
 * Loads a child's CIN plans. `asAt` is the census's reference date: a plan it gives as open may
 * have ended since, when a later year was imported first.
 */
export function importCinPlans(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  plans: readonly ImportedCinPlan[],
  origin: ImportedFrom,
  asAt: string | null,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'cin_plans', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    for (const plan of plans) {
      const held = await trx
        .selectFrom('cin_plans')
        .select(['id', 'end_date', 'version'])
        .where('child_id', '=', childId)
        .where('start_date', '=', plan.startDate)
        .executeTakeFirst();
      if (!held) {
        await trx
          .insertInto('cin_plans')
          .values({
            child_id: childId,
            referral_id: plan.referralId,
            start_date: plan.startDate,
            end_date: plan.endDate,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .execute();
        tally.added++;
        continue;
      }
      const endedSince = plan.endDate === null && held.end_date !== null && (asAt === null || held.end_date > asAt);
      if (held.end_date === plan.endDate || endedSince) {
        tally.unchanged++;
        continue;
      }
      if (held.end_date !== null)
        throw new RecordIntegrityError(
          'endDate',
          `Harbour holds the child in need plan begun ${plan.startDate} as ended on ${held.end_date}; the census says ${plan.endDate ? `it ended on ${plan.endDate}` : 'it is open'}`,
          undefined,
        );
      await trx
        .updateTable('cin_plans')
        .set({ end_date: plan.endDate, version: held.version + 1, updated_by: actor.userId, updated_at: new Date() })
        .where('id', '=', held.id)
        .execute();
      tally.added++;
    }
    return tally;
  });
}
