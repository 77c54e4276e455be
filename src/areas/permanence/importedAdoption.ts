// A council's past SSDA903 PlacedAdoption and AD1 rows loaded into the child's adoption plans, in
// the caller's transaction. A plan is the decision that the child should be placed for adoption
// (DATE_PLACED, AD1's DATE_INT): one Harbour holds on that day is completed with what it lacks and
// refuses the child when it says otherwise; one it does not hold is added, marked imported.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import type {
  AdopterLegalStatus,
  AdopterSex,
  AdoptionPlanChangeReason,
  ReasonPlacedForAdoptionCeased,
} from './codes.ts';
import { changeReasonForPlacedCeased, reasonPlacedCeasedFor } from './returns903.ts';

/** One decision of the return (codes, dates and their order already checked). */
export interface ImportedAdoptionPlan {
  shouldBePlacedDate: string;
  /** DATE_PLACED_CEASED and REASON_PLACED_CEASED: the decision reversed. */
  ceased: { date: string; reason: ReasonPlacedForAdoptionCeased } | null;
  /**
   * The adoption, when the child left care adopted (an episode ending E11 or E12). A plan is ended
   * or adopted, never both: the adoption is held as the adoption order on the day the episode
   * ended, placed on the day the placement for adoption (A3–A6) began, matched on AD1's DATE_MATCH.
   */
  adoption: { matchedDate: string; placedDate: string; adoptionOrderDate: string } | null;
  /** AD1's SEX_ADOPTR and LS_ADOPTR, when given. */
  adopters: { sex: AdopterSex; legalStatus: AdopterLegalStatus } | null;
  /** The return's last day: a decision it gives as continuing may have been reversed since. */
  asAt: string | null;
}

const refusal = (field: string, message: string) => new RecordIntegrityError(field, message, undefined);

/** What the return gives of a plan, as the columns Harbour holds it in. */
function columnsOf(plan: ImportedAdoptionPlan, placed: boolean) {
  return {
    ...(plan.ceased
      ? {
          ended_date: plan.ceased.date,
          // The RD code is Harbour's only for a placement that ceased; a reversal before is the plan's reason.
          reason_placed_ceased: placed ? plan.ceased.reason : null,
        }
      : {}),
    ...(plan.adoption
      ? {
          matched_date: plan.adoption.matchedDate,
          placed_date: plan.adoption.placedDate,
          adoption_order_date: plan.adoption.adoptionOrderDate,
        }
      : {}),
    ...(plan.adopters ? { adopters_sex: plan.adopters.sex, adopters_legal_status: plan.adopters.legalStatus } : {}),
  };
}

const said: Record<string, string> = {
  ended_date: 'the decision reversed on',
  reason_placed_ceased: 'REASON_PLACED_CEASED',
  matched_date: 'the match on',
  placed_date: 'the child placed for adoption on',
  adoption_order_date: 'the adoption order on',
  adopters_sex: 'the adopters as',
  adopters_legal_status: 'the adopters’ legal status as',
};

export function importAdoptionPlans(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  plans: readonly ImportedAdoptionPlan[],
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'adoption_plans', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    for (const plan of plans) {
      const held = await trx
        .selectFrom('adoption_plans')
        .selectAll()
        .where('child_id', '=', childId)
        .where('should_be_placed_date', '=', plan.shouldBePlacedDate)
        .forUpdate()
        .executeTakeFirst();
      const given = columnsOf(plan, Boolean(held?.placed_date ?? plan.adoption));
      const changeReason: AdoptionPlanChangeReason | null = plan.ceased
        ? ((held?.plan_change_reason as AdoptionPlanChangeReason | null) ??
          changeReasonForPlacedCeased[plan.ceased.reason])
        : null;
      if (!held) {
        await trx
          .insertInto('adoption_plans')
          .values({
            child_id: childId,
            should_be_placed_date: plan.shouldBePlacedDate,
            ...given,
            plan_change_reason: changeReason,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .execute();
        tally.added++;
        continue;
      }
      const ended = held.ended_date;
      if (ended !== null && !plan.ceased && (plan.asAt === null || ended <= plan.asAt))
        throw refusal(
          'endedDate',
          `Harbour holds the decision of ${plan.shouldBePlacedDate} as reversed on ${ended}; the return says it continued`,
        );
      if (ended !== null && plan.ceased && held.plan_change_reason) {
        const heldCode =
          held.reason_placed_ceased ?? reasonPlacedCeasedFor[held.plan_change_reason as AdoptionPlanChangeReason];
        if (heldCode !== plan.ceased.reason)
          throw refusal(
            'reasonPlacedCeased',
            `Harbour holds the decision of ${plan.shouldBePlacedDate} as reversed for ${heldCode}; the return says ${plan.ceased.reason}`,
          );
      }
      const filled: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(given)) {
        const current = held[column as keyof typeof held];
        if (current === null || current === undefined) {
          if (value !== null) filled[column] = value;
        } else if (current !== value && !(column === 'reason_placed_ceased' && value === null))
          throw refusal(
            column,
            `Harbour holds ${said[column]} ${String(current)} for the decision of ${plan.shouldBePlacedDate}; the return says ${String(value)}`,
          );
      }
      if (filled.ended_date) filled.plan_change_reason = changeReason;
      if (!Object.keys(filled).length) {
        tally.unchanged++;
        continue;
      }
      await trx
        .updateTable('adoption_plans')
        .set({ ...filled, version: held.version + 1, updated_by: actor.userId, updated_at: new Date() })
        .where('id', '=', held.id)
        .execute();
      tally.added++;
    }
    return tally;
  });
}
