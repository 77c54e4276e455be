// A council's past CIN census section 47 enquiries and child protection plans loaded into
// Harbour's records, in the caller's transaction. The census gives less than Harbour records, so:
// - an enquiry begins with a strategy discussion held, and deciding on it, the day it began
//   (S47ActualStartDate is the day of the discussion);
// - an enquiry with an initial conference concluded with it, that day; one that needed none
//   concluded no later than the census shows it (the start of the year whose census holds it, else
//   the day it began); one with neither was still under way on the census's reference date;
// - a plan starts at an initial conference that day (the enquiry's, when the census gives one), its
//   reviews are review conferences, and a plan that ended on no review day ended away from one.
// Each record is known by its child and date: one Harbour holds is left alone when the census
// agrees, completed when Harbour had less, and refuses the child when they differ.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import type { CategoryOfAbuse, Section47Outcome } from './codes.ts';
// The store explains the constraints an import can meet.
import './store.ts';

/** One Section47 block, under Harbour's referral of its CIN episode. */
export interface ImportedSection47 {
  referralId: number;
  startDate: string;
  initialConferenceDate: string | null;
  conferenceNotRequired: boolean;
  /** Whether the episode has a child in need plan from the day the enquiry began: its likely outcome. */
  childInNeedPlanFollowed: boolean;
}

/** One ChildProtectionPlans block with its review dates. */
export interface ImportedProtectionPlan {
  startDate: string;
  endDate: string | null;
  initialCategory: CategoryOfAbuse;
  latestCategory: CategoryOfAbuse;
  previousPlans: number;
  reviewDates: readonly string[];
}

/** What the census says about when it was made and the year it covers. */
export interface CensusDates {
  /** The reference date: the census knows nothing after it. */
  readonly asAt: string | null;
  /** The first day of its year: an enquiry it holds was under way on or after it. */
  readonly yearStart: string | null;
}

type Tally = { added: number; unchanged: number };
export type ProtectionImported = {
  enquiries: Tally;
  plans: Tally;
  reviews: Tally;
};

const refusal = (field: string, message: string) => new RecordIntegrityError(field, message, undefined);
const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);
const importedOutcomeReasons =
  'Loaded from the CIN census, which says only that no initial conference was required: the outcome is inferred';

/** How an enquiry stood on the census's reference date. */
function conclusionOf(
  enquiry: ImportedSection47,
  dates: CensusDates,
): { endDate: string; outcome: Section47Outcome; notRequired: boolean } | null {
  if (enquiry.initialConferenceDate !== null)
    return { endDate: enquiry.initialConferenceDate, outcome: 'initial-conference', notRequired: false };
  if (!enquiry.conferenceNotRequired) return null;
  return {
    endDate: later(enquiry.startDate, dates.yearStart),
    outcome: enquiry.childInNeedPlanFollowed ? 'child-in-need-plan' : 'no-further-action',
    notRequired: true,
  };
}

export function importProtection(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  given: { enquiries: readonly ImportedSection47[]; plans: readonly ImportedProtectionPlan[] },
  origin: ImportedFrom,
  dates: CensusDates,
): Promise<ProtectionImported> {
  return importForChild(db, actor, { childId, recordType: 'child_protection_plans', origin }, async (trx) => {
    const tally: ProtectionImported = {
      enquiries: { added: 0, unchanged: 0 },
      plans: { added: 0, unchanged: 0 },
      reviews: { added: 0, unchanged: 0 },
    };
    const by = () => ({ updated_by: actor.userId, updated_at: new Date() });
    const tracked = { imported_from: origin, created_by: actor.userId, updated_by: actor.userId };
    const initialConferenceOn = (day: string) =>
      trx
        .selectFrom('child_protection_conferences')
        .select(['id', 'outcome', 'section_47_enquiry_id', 'version'])
        .where('child_id', '=', childId)
        .where('type', '=', 'initial')
        .where('conference_date', '=', day)
        .executeTakeFirst();
    /** The initial conference of a day: a plan begun that day (in the census or in Harbour) means it made one. */
    const planStartingOn = async (day: string) => {
      const inCensus = given.plans.find((plan) => plan.startDate === day);
      if (inCensus) return inCensus.initialCategory;
      const held = await trx
        .selectFrom('child_protection_plans')
        .select('initial_category')
        .where('child_id', '=', childId)
        .where('start_date', '=', day)
        .executeTakeFirst();
      return (held?.initial_category as CategoryOfAbuse | undefined) ?? null;
    };
    const addInitialConference = async (day: string, enquiryId: number | null) => {
      const held = await initialConferenceOn(day);
      const category = await planStartingOn(day);
      if (held) {
        if (enquiryId !== null && held.section_47_enquiry_id !== null && held.section_47_enquiry_id !== enquiryId)
          throw refusal('initialConferenceDate', `Harbour holds the initial conference of ${day} for another enquiry`);
        if ((held.outcome === 'plan') !== (category !== null))
          throw refusal(
            'initialConferenceDate',
            `Harbour holds the initial conference of ${day} as ${held.outcome === 'plan' ? 'making' : 'making no'} plan; the census says ${category ? 'a plan began' : 'no plan began'} that day`,
          );
        if (enquiryId !== null && held.section_47_enquiry_id === null)
          await trx
            .updateTable('child_protection_conferences')
            .set({ section_47_enquiry_id: enquiryId, version: held.version + 1, ...by() })
            .where('id', '=', held.id)
            .execute();
        return held.id;
      }
      const inserted = await trx
        .insertInto('child_protection_conferences')
        .values({
          child_id: childId,
          type: 'initial',
          conference_date: day,
          section_47_enquiry_id: enquiryId,
          outcome: category ? 'plan' : 'no-plan',
          category,
          ...tracked,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return inserted.id;
    };

    for (const enquiry of given.enquiries) {
      const conclusion = conclusionOf(enquiry, dates);
      const held = await trx
        .selectFrom('section_47_enquiries as s')
        .leftJoin('child_protection_conferences as c', (join) =>
          join.onRef('c.section_47_enquiry_id', '=', 's.id').on('c.type', '=', 'initial'),
        )
        .select([
          's.id',
          's.end_date',
          's.version',
          's.initial_conference_not_required',
          's.imported_from',
          'c.conference_date',
        ])
        .where('s.child_id', '=', childId)
        .where('s.start_date', '=', enquiry.startDate)
        .executeTakeFirst();
      if (!held) {
        const discussion = await trx
          .insertInto('strategy_discussions')
          .values({
            child_id: childId,
            referral_id: enquiry.referralId,
            decision_date: enquiry.startDate,
            held_date: enquiry.startDate,
            decision: 'section-47',
            ...tracked,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const inserted = await trx
          .insertInto('section_47_enquiries')
          .values({
            child_id: childId,
            strategy_discussion_id: discussion.id,
            start_date: enquiry.startDate,
            end_date: conclusion?.endDate ?? null,
            outcome: conclusion?.outcome ?? null,
            initial_conference_not_required: conclusion?.notRequired ?? false,
            outcome_reasons: conclusion?.notRequired ? importedOutcomeReasons : null,
            ...tracked,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (enquiry.initialConferenceDate) await addInitialConference(enquiry.initialConferenceDate, inserted.id);
        tally.enquiries.added++;
        continue;
      }
      const heldConference = held.conference_date;
      const says = `Harbour holds the section 47 enquiry begun ${enquiry.startDate}`;
      if (conclusion === null) {
        // Under way on the reference date: Harbour may know its conference or conclusion since.
        const pending =
          !held.initial_conference_not_required &&
          (heldConference === null || (dates.asAt !== null && heldConference > dates.asAt));
        if (!pending && !(held.end_date !== null && dates.asAt !== null && held.end_date > dates.asAt))
          throw refusal('endDate', `${says} as concluded on ${held.end_date}; the census says it was under way`);
        tally.enquiries.unchanged++;
        continue;
      }
      if (held.end_date === null) {
        await trx
          .updateTable('section_47_enquiries')
          .set({
            end_date: conclusion.endDate,
            outcome: conclusion.outcome,
            initial_conference_not_required: conclusion.notRequired,
            outcome_reasons: conclusion.notRequired ? importedOutcomeReasons : null,
            version: held.version + 1,
            ...by(),
          })
          .where('id', '=', held.id)
          .execute();
        if (enquiry.initialConferenceDate) await addInitialConference(enquiry.initialConferenceDate, held.id);
        tally.enquiries.added++;
        continue;
      }
      if (conclusion.notRequired !== held.initial_conference_not_required)
        throw refusal(
          'initialConferenceNotRequired',
          `${says} as ${held.initial_conference_not_required ? 'needing no' : 'needing an'} initial conference; the census says ${conclusion.notRequired ? 'none was required' : `one was held on ${enquiry.initialConferenceDate}`}`,
        );
      if (enquiry.initialConferenceDate !== null) {
        if (heldConference !== null && heldConference !== enquiry.initialConferenceDate)
          throw refusal(
            'initialConferenceDate',
            `${says} with its initial conference on ${heldConference}; the census says ${enquiry.initialConferenceDate}`,
          );
        if (heldConference === null) {
          await addInitialConference(enquiry.initialConferenceDate, held.id);
          tally.enquiries.added++;
        } else tally.enquiries.unchanged++;
        continue;
      }
      // Concluded without a conference: a later year's census shows an imported enquiry under way longer.
      if (held.imported_from !== null && conclusion.endDate > held.end_date) {
        await trx
          .updateTable('section_47_enquiries')
          .set({ end_date: conclusion.endDate, version: held.version + 1, ...by() })
          .where('id', '=', held.id)
          .execute();
        tally.enquiries.added++;
      } else tally.enquiries.unchanged++;
    }

    for (const plan of given.plans) {
      const held = await trx
        .selectFrom('child_protection_plans')
        .select(['id', 'end_date', 'version', 'initial_category', 'latest_category'])
        .where('child_id', '=', childId)
        .where('start_date', '=', plan.startDate)
        .executeTakeFirst();
      const says = `Harbour holds the child protection plan begun ${plan.startDate}`;
      let planId: number;
      if (!held) {
        const conferenceId = await addInitialConference(plan.startDate, null);
        const endedAtReview = plan.endDate !== null && plan.reviewDates.includes(plan.endDate);
        const inserted = await trx
          .insertInto('child_protection_plans')
          .values({
            child_id: childId,
            conference_id: conferenceId,
            start_date: plan.startDate,
            end_date: plan.endDate,
            initial_category: plan.initialCategory,
            latest_category: plan.latestCategory,
            end_reason: plan.endDate && !endedAtReview ? endedAwayFromReview : null,
            previous_plans_given: plan.previousPlans,
            ...tracked,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        planId = inserted.id;
        tally.plans.added++;
      } else {
        planId = held.id;
        if (held.initial_category !== plan.initialCategory)
          throw refusal(
            'initialCategory',
            `${says} with initial category ${held.initial_category}; the census says ${plan.initialCategory}`,
          );
        const heldReviews = await reviewDatesOf(trx, held.id);
        // What Harbour holds after the reference date is later news than the census.
        const knownSince =
          dates.asAt !== null &&
          ((held.end_date !== null && held.end_date > dates.asAt) || heldReviews.some((day) => day > dates.asAt!));
        const changes: { end_date?: string; end_reason?: string | null; latest_category?: string } = {};
        if (held.latest_category !== plan.latestCategory && !knownSince) changes.latest_category = plan.latestCategory;
        if (plan.endDate !== null && held.end_date === null) {
          changes.end_date = plan.endDate;
          const atReview = plan.reviewDates.includes(plan.endDate) || heldReviews.includes(plan.endDate);
          changes.end_reason = atReview ? null : endedAwayFromReview;
        } else if (plan.endDate !== held.end_date && !(plan.endDate === null && knownSince))
          throw refusal(
            'endDate',
            `${says} as ${held.end_date ? `ended on ${held.end_date}` : 'open'}; the census says ${plan.endDate ? `it ended on ${plan.endDate}` : 'it is open'}`,
          );
        if (Object.keys(changes).length) {
          await trx
            .updateTable('child_protection_plans')
            .set({ ...changes, version: held.version + 1, ...by() })
            .where('id', '=', held.id)
            .execute();
          tally.plans.added++;
        } else tally.plans.unchanged++;
      }
      const endDate = plan.endDate;
      const heldReviews = await reviewDatesOf(trx, planId);
      for (const day of plan.reviewDates) {
        if (heldReviews.includes(day)) {
          tally.reviews.unchanged++;
          continue;
        }
        await trx
          .insertInto('child_protection_conferences')
          .values({
            child_id: childId,
            type: 'review',
            conference_date: day,
            child_protection_plan_id: planId,
            outcome: day === endDate ? 'end-plan' : 'continue',
            ...tracked,
          })
          .execute();
        tally.reviews.added++;
      }
      if (endDate !== null && heldReviews.includes(endDate))
        await trx
          .updateTable('child_protection_conferences')
          .set({ outcome: 'end-plan', version: sql<number>`version + 1`, ...by() })
          .where('child_protection_plan_id', '=', planId)
          .where('type', '=', 'review')
          .where('conference_date', '=', endDate)
          .where('outcome', '=', 'continue')
          .execute();
    }
    return tally;
  });
}

const endedAwayFromReview = 'Ended as the CIN census records it, on no review conference day';

const reviewDatesOf = async (trx: Kysely<Database>, planId: number) =>
  (
    await trx
      .selectFrom('child_protection_conferences')
      .select('conference_date')
      .where('child_protection_plan_id', '=', planId)
      .where('type', '=', 'review')
      .execute()
  ).map((row) => row.conference_date);
