// A council's past CIN census pre-proceedings blocks (from 2026) loaded into the court's records, in
// the caller's transaction. The census gives less than Harbour records, so:
// - each block is one child's pre-proceedings (the census does not say which brothers and sisters
//   shared it), known by the child and the day it started;
// - FGDMMeetingOffer and FGDMMeetingFac say only that a family group meeting was offered and held:
//   each is dated the day pre-proceedings started, and the record says it was imported;
// - with no offer, the reason none was offered is not in the census: it is recorded as not known
//   from the return rather than the import refused, since the record is history that Harbour's
//   question (asked of pre-proceedings started in Harbour) could not have been put to;
// - ReviewMeetingsCount and CourtAppDate are kept as given (no meeting dates, no court).
// One Harbour holds is completed with what it lacks and refuses the child when they differ.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import type { PreProceedingsOutcome } from './codes.ts';
import { familyGroupOfferedOrWhyNot } from './store.ts';

/** One PreProceedingsandFGDM block. */
export interface ImportedPreProceedings {
  startDate: string;
  letterSentDate: string | null;
  familyMeetingOffered: boolean;
  familyMeetingHeld: boolean;
  initialMeetingDate: string | null;
  reviewMeetings: number;
  decisionDate: string | null;
  outcome: PreProceedingsOutcome | null;
  applicationDate: string | null;
}

const notKnownFromReturn = 'Not known: loaded from a CIN census, which does not say why none was offered';
const otherOutcome = 'Another outcome, as the CIN census records it (PPOutcome C)';
const refusal = (field: string, message: string) => new RecordIntegrityError(field, message, undefined);

export function importPreProceedings(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  given: readonly ImportedPreProceedings[],
  origin: ImportedFrom,
  asAt: string | null,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'pre_proceedings', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    const ofChild = () =>
      trx
        .selectFrom('pre_proceedings as p')
        .innerJoin('pre_proceedings_children as c', 'c.pre_proceedings_id', 'p.id')
        .where('c.child_id', '=', childId);
    for (const plo of given) {
      const held = await ofChild()
        .selectAll('p')
        .select((eb) =>
          eb
            .selectFrom('care_proceedings as a')
            .select((a) => a.fn.min('a.issue_date').as('issued'))
            .whereRef('a.pre_proceedings_id', '=', 'p.id')
            .as('issued'),
        )
        .select((eb) =>
          eb
            .selectFrom('pre_proceedings_meetings as m')
            .select((m) => m.fn.countAll<number>().as('reviews'))
            .whereRef('m.pre_proceedings_id', '=', 'p.id')
            .where('m.meeting_type', '=', 'review')
            .as('reviews'),
        )
        .where('p.start_date', '=', plo.startDate)
        .executeTakeFirst();
      // A child is in one pre-proceedings at a time, as when they are started in Harbour.
      const overlapping = await ofChild()
        .select(['p.start_date', 'p.decision_date'])
        .where('p.start_date', '!=', plo.startDate)
        .where((eb) => eb.or([eb('p.decision_date', 'is', null), eb('p.decision_date', '>', plo.startDate)]))
        .$if(plo.decisionDate !== null, (query) => query.where('p.start_date', '<', plo.decisionDate!))
        .executeTakeFirst();
      if (overlapping)
        throw refusal(
          'startDate',
          `Harbour holds pre-proceedings begun ${overlapping.start_date} ${overlapping.decision_date ? `and decided ${overlapping.decision_date}` : 'and still open'}; the census's begun ${plo.startDate} would overlap them`,
        );
      if (!held) {
        const record = await trx
          .insertInto('pre_proceedings')
          .values({
            start_date: plo.startDate,
            letter_before_proceedings_date: plo.letterSentDate,
            initial_meeting_date: plo.initialMeetingDate,
            decision_date: plo.decisionDate,
            outcome: plo.outcome,
            outcome_detail: plo.outcome === 'other' ? otherOutcome : null,
            family_group_meeting_offered_date: plo.familyMeetingOffered ? plo.startDate : null,
            family_group_meeting_held_date: plo.familyMeetingHeld ? plo.startDate : null,
            review_meetings_given: plo.reviewMeetings || null,
            application_date_given: plo.applicationDate,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('pre_proceedings_children')
          .values({ pre_proceedings_id: record.id, child_id: childId })
          .execute();
        if (!plo.familyMeetingOffered)
          await familyGroupOfferedOrWhyNot(
            trx,
            actor,
            { preProceedingsId: record.id, childIds: [childId], on: plo.startDate },
            { reason: 'other', detail: notKnownFromReturn },
          );
        tally.added++;
        continue;
      }
      const says = `Harbour holds the pre-proceedings begun ${plo.startDate}`;
      const changes: Record<string, string | number> = {};
      /** A date the census gives: recorded when Harbour has none, refused when Harbour's differs. */
      const sameOrNew = (column: string, label: string, heldDay: string | null, day: string | null) => {
        if (day === null || heldDay === day) return;
        if (heldDay !== null) throw refusal(column, `${says} with ${label} on ${heldDay}; the census says ${day}`);
        changes[column] = day;
      };
      sameOrNew(
        'letter_before_proceedings_date',
        'the letter before proceedings',
        held.letter_before_proceedings_date,
        plo.letterSentDate,
      );
      sameOrNew('initial_meeting_date', 'the initial meeting', held.initial_meeting_date, plo.initialMeetingDate);
      sameOrNew('decision_date', 'the decision', held.decision_date, plo.decisionDate);
      if (plo.outcome !== null && held.outcome !== null && plo.outcome !== held.outcome)
        throw refusal('outcome', `${says} with the outcome ${held.outcome}; the census says ${plo.outcome}`);
      if (plo.outcome !== null && held.outcome === null) {
        changes.outcome = plo.outcome;
        if (plo.outcome === 'other') changes.outcome_detail = otherOutcome;
      }
      // Decided after the census's reference date: later news than the census, which shows it open.
      if (plo.decisionDate === null && held.decision_date !== null && !(asAt !== null && held.decision_date > asAt))
        throw refusal('decisionDate', `${says} as decided on ${held.decision_date}; the census says it was open`);
      const application = held.issued ?? held.application_date_given;
      if (plo.applicationDate !== null && application !== null && application !== plo.applicationDate)
        throw refusal(
          'applicationDate',
          `${says} with the application made ${application}; the census says ${plo.applicationDate}`,
        );
      if (plo.applicationDate !== null && application === null) changes.application_date_given = plo.applicationDate;
      if (plo.reviewMeetings > Math.max(Number(held.reviews ?? 0), held.review_meetings_given ?? 0))
        changes.review_meetings_given = plo.reviewMeetings;
      if (Object.keys(changes).length === 0) {
        tally.unchanged++;
        continue;
      }
      await trx
        .updateTable('pre_proceedings')
        .set({ ...changes, version: held.version + 1, updated_by: actor.userId, updated_at: new Date() })
        .where('id', '=', held.id)
        .execute();
      tally.added++;
    }
    return tally;
  });
}
