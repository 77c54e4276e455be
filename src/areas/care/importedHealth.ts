// A council's past SSDA903 OC2 row loaded into the looked-after child's health record and convictions, in the
// caller's transaction. OC2 says only whether each thing happened in the year, never the day, so
// what it says happened is recorded on the year's last day (marked imported) unless Harbour already
// holds one in the year; what it says did not happen adds nothing, and refuses the child when
// Harbour holds the opposite in the year.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import './convictions.ts';

/** One OC2 row (codes and combinations already checked). */
export interface ImportedHealthOutcomes {
  /** The year's first and last days (YYYY-MM-DD). */
  yearStart: string;
  yearEnd: string;
  /** HEALTH_ASSESSMENT, or HEALTH_CHECK for a child under five: both are the health assessment. */
  healthAssessed: boolean;
  teethChecked: boolean;
  immunisationsUpToDate: boolean;
  sdqScore: number | null;
  sdqReason: string | null;
  substanceMisuse: boolean;
  interventionReceived: boolean | null;
  interventionOffered: boolean | null;
  /** CONVICTED: convicted of an offence in the year; null when blank (a child under 10). */
  convicted: boolean | null;
}

const refusal = (field: string, message: string) => new RecordIntegrityError(field, message, undefined);
const yesNo = (value: boolean | null) => (value === null ? 'not given' : value ? '1' : '0');

export function importHealthOutcomes(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  outcomes: ImportedHealthOutcomes | null,
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'health_assessments', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    if (!outcomes) return tally;
    const { yearStart, yearEnd } = outcomes;
    const tracked = { child_id: childId, imported_from: origin, created_by: actor.userId, updated_by: actor.userId };
    const held = {
      assessment: await trx
        .selectFrom('health_assessments')
        .select('assessment_date as day')
        .where('child_id', '=', childId)
        .where('assessment_date', '>=', yearStart)
        .where('assessment_date', '<=', yearEnd)
        .executeTakeFirst(),
      dental: await trx
        .selectFrom('dental_checks')
        .select('check_date as day')
        .where('child_id', '=', childId)
        .where('check_date', '>=', yearStart)
        .where('check_date', '<=', yearEnd)
        .executeTakeFirst(),
      // The latest of the year, as the export reads it.
      immunisation: await trx
        .selectFrom('immunisation_checks')
        .select(['checked_on as day', 'up_to_date'])
        .where('child_id', '=', childId)
        .where('checked_on', '>=', yearStart)
        .where('checked_on', '<=', yearEnd)
        .orderBy('checked_on', 'desc')
        .executeTakeFirst(),
      sdq: await trx
        .selectFrom('sdq_scores')
        .select(['completed_on as day', 'score', 'reason_not_done'])
        .where('child_id', '=', childId)
        .where('completed_on', '>=', yearStart)
        .where('completed_on', '<=', yearEnd)
        .orderBy('completed_on', 'desc')
        .executeTakeFirst(),
      substance: await trx
        .selectFrom('substance_misuse_checks')
        .select(['checked_on as day', 'problem_identified', 'intervention_received', 'intervention_offered'])
        .where('child_id', '=', childId)
        .where('checked_on', '>=', yearStart)
        .where('checked_on', '<=', yearEnd)
        .orderBy('checked_on', 'desc')
        .executeTakeFirst(),
      conviction: await trx
        .selectFrom('convictions')
        .select('convicted_on as day')
        .where('child_id', '=', childId)
        .where('convicted_on', '>=', yearStart)
        .where('convicted_on', '<=', yearEnd)
        .executeTakeFirst(),
    };
    const heldOn = (what: string, day: string) => `Harbour holds ${what} on ${day}`;

    // A check the return says happened: kept if Harbour holds one in the year, else recorded on its last day.
    const happened = async (
      said: boolean,
      heldDay: string | undefined,
      what: string,
      insert: () => Promise<unknown>,
    ) => {
      if (heldDay !== undefined) {
        if (!said) throw refusal(what, `${heldOn(what, heldDay)}; the return says there was none in the year`);
        tally.unchanged++;
      } else if (said) {
        await insert();
        tally.added++;
      }
    };
    await happened(outcomes.healthAssessed, held.assessment?.day, 'a health assessment', () =>
      trx
        .insertInto('health_assessments')
        .values({ ...tracked, assessment_type: 'review', assessment_date: yearEnd })
        .execute(),
    );
    await happened(outcomes.teethChecked, held.dental?.day, 'a dental check', () =>
      trx
        .insertInto('dental_checks')
        .values({ ...tracked, check_date: yearEnd })
        .execute(),
    );
    if (outcomes.convicted !== null)
      await happened(outcomes.convicted, held.conviction?.day, 'a conviction', () =>
        trx
          .insertInto('convictions')
          .values({ ...tracked, convicted_on: yearEnd })
          .execute(),
      );

    if (held.immunisation) {
      if (held.immunisation.up_to_date !== outcomes.immunisationsUpToDate)
        throw refusal(
          'immunisations',
          `${heldOn('an immunisation check', held.immunisation.day)} finding them ${held.immunisation.up_to_date ? '' : 'not '}up to date; the return says IMMUNISATIONS ${yesNo(outcomes.immunisationsUpToDate)}`,
        );
      tally.unchanged++;
    } else if (outcomes.immunisationsUpToDate) {
      await trx
        .insertInto('immunisation_checks')
        .values({ ...tracked, checked_on: yearEnd, up_to_date: true })
        .execute();
      tally.added++;
    }

    const sdqGiven = outcomes.sdqScore !== null || outcomes.sdqReason !== null;
    if (held.sdq && sdqGiven) {
      if (held.sdq.score !== outcomes.sdqScore || held.sdq.reason_not_done !== outcomes.sdqReason)
        throw refusal(
          'sdq',
          `${heldOn('an SDQ', held.sdq.day)} (${held.sdq.score ?? held.sdq.reason_not_done}); the return says ${outcomes.sdqScore ?? outcomes.sdqReason}`,
        );
      tally.unchanged++;
    } else if (sdqGiven) {
      await trx
        .insertInto('sdq_scores')
        .values({ ...tracked, completed_on: yearEnd, score: outcomes.sdqScore, reason_not_done: outcomes.sdqReason })
        .execute();
      tally.added++;
    }

    const substance = held.substance;
    if (substance) {
      const same =
        substance.problem_identified === outcomes.substanceMisuse &&
        (!outcomes.substanceMisuse ||
          (substance.intervention_received === outcomes.interventionReceived &&
            substance.intervention_offered === outcomes.interventionOffered));
      if (!same)
        throw refusal(
          'substanceMisuse',
          `${heldOn('a substance misuse check', substance.day)} that differs from the return's SUBSTANCE_MISUSE ${yesNo(outcomes.substanceMisuse)}, INTERVENTION_RECEIVED ${yesNo(outcomes.interventionReceived)}, INTERVENTION_OFFERED ${yesNo(outcomes.interventionOffered)}`,
        );
      tally.unchanged++;
    } else if (outcomes.substanceMisuse) {
      await trx
        .insertInto('substance_misuse_checks')
        .values({
          ...tracked,
          checked_on: yearEnd,
          problem_identified: true,
          intervention_received: outcomes.interventionReceived,
          intervention_offered: outcomes.interventionOffered,
        })
        .execute();
      tally.added++;
    }
    return tally;
  });
}
