import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordViewed, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints } from '../../platform/records/integrity.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { endCurrentRecord, recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import type { AccommodationCode, ActivityCode, EligibilityCategory, InTouchCode } from './codes.ts';

explainConstraints({
  care_leavers_once: { field: 'childId', message: 'This young person is already recorded as a care leaver' },
  care_leavers_one_personal_adviser: {
    field: 'personalAdviser',
    message: 'Choose the personal adviser from the list or enter a name, not both',
  },
  care_leavers_personal_adviser_named: { field: 'personalAdviser', message: "Enter the personal adviser's name" },
  care_leaver_eligibility_end_after_start: {
    field: 'endDate',
    message: 'The end date must be on or after the start date',
  },
  care_leaver_eligibility_no_overlap: {
    field: 'startDate',
    message: 'This overlaps another eligibility category for the young person',
  },
  care_leaver_eligibility_one_open: {
    field: 'startDate',
    message: 'The young person already has a current eligibility category',
  },
  care_leaver_eligibility_category_check: {
    field: 'category',
    message: 'Select the eligibility category from the list',
  },
  pathway_plans_one_a_day: { field: 'planDate', message: 'A pathway plan is already recorded for this date' },
  pathway_plan_reviews_plan: {
    field: 'pathwayPlanId',
    message: 'This pathway plan is not recorded for the young person',
  },
  pathway_plan_reviews_one_a_day: {
    field: 'reviewDate',
    message: 'A pathway plan review is already recorded for this date',
  },
  care_leaver_contacts_one_a_day: { field: 'contactDate', message: 'A contact is already recorded for this date' },
  care_leaver_contacts_in_touch_check: {
    field: 'inTouch',
    message: 'Select whether you are in touch with the young person',
  },
  care_leaver_contacts_accommodation_check: {
    field: 'accommodation',
    message: 'Select the accommodation from the list',
  },
  care_leaver_contacts_activity_check: { field: 'activity', message: 'Select the activity from the list' },
  care_leaver_contacts_suitability: {
    field: 'accommodationSuitable',
    message: 'Select whether the accommodation is suitable',
  },
  care_leaver_contacts_no_details: {
    field: 'accommodation',
    message: 'Do not give accommodation or activity when the young person has died or returned home',
  },
});

const by = (actor: Actor) => ({ created_by: actor.userId, updated_by: actor.userId });

/** The personal adviser: a worker from the workforce (pages), or a Harbour user or a name (records kept before). */
export type PersonalAdviser =
  | { workerId: number; userId?: never; name?: never }
  | { userId: number; workerId?: never; name?: never }
  | { name: string; workerId?: never; userId?: never };

const adviserColumns = (adviser: PersonalAdviser | undefined) => ({
  personal_adviser_worker_id: adviser?.workerId ?? null,
  personal_adviser_user_id: adviser?.userId ?? null,
  personal_adviser_name: adviser?.name?.trim() ?? null,
});

/** The young person is supported as a care leaver, with their personal adviser. */
export function recordCareLeaver(
  db: Kysely<Database>,
  actor: Actor,
  careLeaver: { childId: number; personalAdviser?: PersonalAdviser },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('care_leavers')
      .values({ child_id: careLeaver.childId, ...adviserColumns(careLeaver.personalAdviser), ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'care_leavers', recordId: record.id, childIds: [careLeaver.childId] };
  });
}

/** A new personal adviser: the previous one is kept in the record's history with the reason. */
export function changePersonalAdviser(
  db: Kysely<Database>,
  actor: Actor,
  change: { careLeaverId: number; childId: number; version: number; personalAdviser: PersonalAdviser; reason: string },
) {
  return amendRecord(db, actor, {
    table: 'care_leavers',
    recordId: change.careLeaverId,
    childId: change.childId,
    version: change.version,
    changes: adviserColumns(change.personalAdviser),
    reason: change.reason,
  });
}

/** The needs assessment (CPPCR reg 42) and the end of the leaving care service, as each happens. */
export function recordCareLeaverProgress(
  db: Kysely<Database>,
  actor: Actor,
  progress: { careLeaverId: number; version: number; needsAssessmentDate?: string; serviceEndDate?: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'care_leavers',
      id: progress.careLeaverId,
      version: progress.version,
      values: { needs_assessment_date: progress.needsAssessmentDate, service_end_date: progress.serviceEndDate },
    });
    return { record, recordType: 'care_leavers', recordId: record.id, childIds: [record.child_id] };
  });
}

/** The young person's category from this date; the current category, if any, ends the same day. */
export function setEligibility(
  db: Kysely<Database>,
  actor: Actor,
  eligibility: { childId: number; category: EligibilityCategory; startDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    await endCurrentRecord(trx, actor, {
      table: 'care_leaver_eligibility',
      childId: eligibility.childId,
      nextStartDate: eligibility.startDate,
    });
    const record = await trx
      .insertInto('care_leaver_eligibility')
      .values({
        child_id: eligibility.childId,
        category: eligibility.category,
        start_date: eligibility.startDate,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'care_leaver_eligibility', recordId: record.id, childIds: [eligibility.childId] };
  });
}

export function recordPathwayPlan(db: Kysely<Database>, actor: Actor, plan: { childId: number; planDate: string }) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('pathway_plans')
      .values({ child_id: plan.childId, plan_date: plan.planDate, ...by(actor) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'pathway_plans', recordId: record.id, childIds: [plan.childId] };
  });
}

export function recordPathwayPlanReview(
  db: Kysely<Database>,
  actor: Actor,
  review: { childId: number; pathwayPlanId: number; reviewDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('pathway_plan_reviews')
      .values({
        child_id: review.childId,
        pathway_plan_id: review.pathwayPlanId,
        review_date: review.reviewDate,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'pathway_plan_reviews', recordId: record.id, childIds: [review.childId] };
  });
}

export interface CareLeaverContact {
  childId: number;
  contactDate: string;
  inTouch: InTouchCode;
  accommodation?: AccommodationCode | null;
  accommodationSuitable?: boolean | null;
  activity?: ActivityCode | null;
}

/** A keeping-in-touch contact with what the 903 OC3 asks: in touch, accommodation and its suitability, activity. */
export function recordCareLeaverContact(db: Kysely<Database>, actor: Actor, contact: CareLeaverContact) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('care_leaver_contacts')
      .values({
        child_id: contact.childId,
        contact_date: contact.contactDate,
        in_touch: contact.inTouch,
        accommodation: contact.accommodation ?? null,
        accommodation_suitable: contact.accommodationSuitable ?? null,
        activity: contact.activity ?? null,
        ...by(actor),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'care_leaver_contacts', recordId: record.id, childIds: [contact.childId] };
  });
}

/** Everything the leaving care record holds for the young person; audits the view. */
export async function viewCareLeaverRecord(db: Kysely<Database>, actor: Actor, childId: number) {
  const record = await careLeaverRecordsOf(db, [childId]);
  await childRecordViewed(db, actor, String(childId), 'care_leavers');
  return { ...record, careLeaver: record.careLeavers[0] };
}

/** The leaving care rows of these young people, each list earliest first. */
export async function careLeaverRecordsOf(db: Kysely<Database>, childIds: readonly number[]) {
  const [careLeavers, eligibility, pathwayPlans, reviews, contacts] = await Promise.all([
    db.selectFrom('care_leavers').selectAll().where('child_id', 'in', childIds).execute(),
    db
      .selectFrom('care_leaver_eligibility')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('start_date')
      .execute(),
    db.selectFrom('pathway_plans').selectAll().where('child_id', 'in', childIds).orderBy('plan_date').execute(),
    db
      .selectFrom('pathway_plan_reviews')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('review_date')
      .execute(),
    db
      .selectFrom('care_leaver_contacts')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('contact_date')
      .execute(),
  ]);
  return { careLeavers, eligibility, pathwayPlans, reviews, contacts };
}
