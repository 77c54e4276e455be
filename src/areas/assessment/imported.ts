// A council's past CIN census episodes (CINdetails) loaded as referrals, with their assessments,
// in the caller's transaction. A referral is known by its child and date, an assessment by its
// referral and start: one Harbour holds is left alone when the census agrees, given its closure or
// authorisation when Harbour had none, and refuses the child when they differ.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';

export interface ImportedAssessment {
  startDate: string;
  authorisationDate: string | null;
  factors: readonly string[];
}

/** One CINdetails block as Harbour's referral (codes already checked against the census's lists). */
export interface ImportedReferral {
  referralDate: string;
  source: string;
  primaryNeed: string | null;
  noFurtherAction: boolean;
  closureDate: string | null;
  closureReason: string | null;
  assessments: readonly ImportedAssessment[];
}

export interface ReferralsImported {
  referrals: { added: number; unchanged: number };
  assessments: { added: number; unchanged: number };
  /** Harbour's referral of each CIN episode, by its referral date: plans and enquiries are loaded under it. */
  referralIds: Map<string, number>;
}

const refusal = (field: string, message: string) => new RecordIntegrityError(field, message, undefined);
const sameFactors = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/**
 * Loads a child's referrals and assessments from a census. `asAt` is the census's reference date:
 * a referral it gives as open may have closed since, when a later year was imported first.
 */
export async function importReferrals(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  referrals: readonly ImportedReferral[],
  origin: ImportedFrom,
  asAt: string | null,
): Promise<ReferralsImported> {
  const referralIds = new Map<string, number>();
  const imported = await importForChild(db, actor, { childId, recordType: 'referrals', origin }, async (trx) => {
    const tally = {
      referrals: { added: 0, unchanged: 0 },
      assessments: { added: 0, unchanged: 0 },
    };
    const by = { updated_by: actor.userId, updated_at: new Date() };
    for (const referral of referrals) {
      const held = await trx
        .selectFrom('referrals')
        .selectAll()
        .where('child_id', '=', childId)
        .where('referral_date', '=', referral.referralDate)
        .executeTakeFirst();
      let referralId: number;
      if (!held) {
        const inserted = await trx
          .insertInto('referrals')
          .values({
            child_id: childId,
            referral_date: referral.referralDate,
            source: referral.source,
            primary_need: referral.primaryNeed,
            no_further_action: referral.noFurtherAction,
            closure_date: referral.closureDate,
            closure_reason: referral.closureReason,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        referralId = inserted.id;
        tally.referrals.added++;
      } else {
        referralId = held.id;
        const says = `the census says`;
        if (held.source !== referral.source)
          throw refusal(
            'source',
            `Harbour holds the referral of ${referral.referralDate} with ReferralSource ${held.source}; ${says} ${referral.source}`,
          );
        if (held.primary_need !== referral.primaryNeed && referral.primaryNeed !== null && held.primary_need !== null)
          throw refusal(
            'primaryNeed',
            `Harbour holds the referral of ${referral.referralDate} with PrimaryNeedCode ${held.primary_need}; ${says} ${referral.primaryNeed}`,
          );
        if (held.no_further_action !== referral.noFurtherAction)
          throw refusal(
            'noFurtherAction',
            `Harbour holds the referral of ${referral.referralDate} with ReferralNFA ${String(held.no_further_action)}; ${says} ${String(referral.noFurtherAction)}`,
          );
        const closedSince =
          referral.closureDate === null && held.closure_date !== null && (asAt === null || held.closure_date > asAt);
        const sameClosure =
          held.closure_date === referral.closureDate && held.closure_reason === referral.closureReason;
        if (sameClosure || closedSince) tally.referrals.unchanged++;
        else if (held.closure_date === null) {
          await trx
            .updateTable('referrals')
            .set({
              closure_date: referral.closureDate,
              closure_reason: referral.closureReason,
              version: held.version + 1,
              ...by,
            })
            .where('id', '=', held.id)
            .execute();
          tally.referrals.added++;
        } else
          throw refusal(
            'closureDate',
            `Harbour holds the referral of ${referral.referralDate} as closed on ${held.closure_date} (${held.closure_reason}); ${says} ${referral.closureDate ? `closed on ${referral.closureDate} (${referral.closureReason})` : 'open'}`,
          );
      }
      referralIds.set(referral.referralDate, referralId);
      for (const assessment of referral.assessments) {
        const heldAssessment = await trx
          .selectFrom('assessments')
          .select(['id', 'version', 'authorisation_date', 'factors'])
          .where('referral_id', '=', referralId)
          .where('start_date', '=', assessment.startDate)
          .executeTakeFirst();
        if (!heldAssessment) {
          await trx
            .insertInto('assessments')
            .values({
              child_id: childId,
              referral_id: referralId,
              start_date: assessment.startDate,
              authorisation_date: assessment.authorisationDate,
              factors: [...assessment.factors],
              imported_from: origin,
              created_by: actor.userId,
              updated_by: actor.userId,
            })
            .execute();
          tally.assessments.added++;
          continue;
        }
        const same =
          heldAssessment.authorisation_date === assessment.authorisationDate &&
          sameFactors(heldAssessment.factors, assessment.factors);
        const authorisedSince = assessment.authorisationDate === null && heldAssessment.authorisation_date !== null;
        if (same || authorisedSince) {
          tally.assessments.unchanged++;
          continue;
        }
        if (heldAssessment.authorisation_date !== null)
          throw refusal(
            'authorisationDate',
            `Harbour holds the assessment begun ${assessment.startDate} as authorised on ${heldAssessment.authorisation_date} with factors ${heldAssessment.factors.join(' ') || 'none'}; the census says ${assessment.authorisationDate ?? 'not authorised'} with ${assessment.factors.join(' ') || 'none'}`,
          );
        await trx
          .updateTable('assessments')
          .set({
            authorisation_date: assessment.authorisationDate,
            factors: [...assessment.factors],
            version: heldAssessment.version + 1,
            ...by,
          })
          .where('id', '=', heldAssessment.id)
          .execute();
        tally.assessments.added++;
      }
    }
    return tally;
  });
  return { ...imported, referralIds };
}
