import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ChildJourney, ChildProtectionConference } from '../timescales/journey.ts';

type ProtectionJourney = Pick<ChildJourney, 'strategyDiscussions' | 'section47Enquiries' | 'conferences' | 'childProtectionPlans' | 'coreGroupMeetings'>;

/** The child's child protection records, for the strategy, conference, core group, review and oversight timescales. */
export async function protectionJourney(db: Kysely<Database>, childId: number): Promise<ProtectionJourney> {
  const [discussions, enquiries, conferences, plans, meetings] = await Promise.all([
    db.selectFrom('strategy_discussions').select(['id', 'decision_date', 'held_date']).where('child_id', '=', childId).orderBy('decision_date').execute(),
    db.selectFrom('section_47_enquiries').select(['id', 'start_date', 'initial_conference_not_required']).where('child_id', '=', childId).orderBy('start_date').execute(),
    db
      .selectFrom('child_protection_conferences')
      .select(['id', 'type', 'conference_date', 'section_47_enquiry_id', 'child_protection_plan_id'])
      .where('child_id', '=', childId)
      .orderBy('conference_date')
      .execute(),
    db.selectFrom('child_protection_plans').select(['id', 'start_date', 'end_date', 'senior_manager_review_date']).where('child_id', '=', childId).orderBy('start_date').execute(),
    db.selectFrom('core_group_meetings').select(['id', 'child_protection_plan_id', 'meeting_date']).where('child_id', '=', childId).orderBy('meeting_date').execute(),
  ]);
  return {
    strategyDiscussions: discussions.map((row) => ({
      id: String(row.id),
      decisionDate: row.decision_date,
      ...(row.held_date ? { heldDate: row.held_date } : {}),
    })),
    section47Enquiries: enquiries.map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...(row.initial_conference_not_required ? { initialConferenceNotRequired: true } : {}),
    })),
    conferences: conferences.map((row) => ({
      id: String(row.id),
      type: row.type as ChildProtectionConference['type'],
      date: row.conference_date,
      ...(row.section_47_enquiry_id ? { section47Id: String(row.section_47_enquiry_id) } : {}),
      ...(row.child_protection_plan_id ? { planId: String(row.child_protection_plan_id) } : {}),
    })),
    childProtectionPlans: plans.map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...(row.end_date ? { endDate: row.end_date } : {}),
      ...(row.senior_manager_review_date ? { seniorManagerReviewDate: row.senior_manager_review_date } : {}),
    })),
    coreGroupMeetings: meetings.map((row) => ({ id: String(row.id), planId: String(row.child_protection_plan_id), date: row.meeting_date })),
  };
}
