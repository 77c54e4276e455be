import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, ChildProtectionConference } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../reports/journey/byChild.ts';

type ProtectionJourney = Pick<ChildJourney, 'strategyDiscussions' | 'section47Enquiries' | 'conferences' | 'childProtectionPlans' | 'coreGroupMeetings'>;

/** Each child's child protection records, for the strategy, conference, core group, review and oversight timescales. */
export async function protectionJourney(db: Kysely<Database>, childIds: readonly number[]): Promise<Map<number, ProtectionJourney>> {
  const [discussions, enquiries, conferences, plans, meetings] = await Promise.all([
    db.selectFrom('strategy_discussions').select(['child_id', 'id', 'decision_date', 'held_date']).where('child_id', 'in', childIds).orderBy('decision_date').execute(),
    db.selectFrom('section_47_enquiries').select(['child_id', 'id', 'start_date', 'initial_conference_not_required']).where('child_id', 'in', childIds).orderBy('start_date').execute(),
    db
      .selectFrom('child_protection_conferences')
      .select(['child_id', 'id', 'type', 'conference_date', 'section_47_enquiry_id', 'child_protection_plan_id'])
      .where('child_id', 'in', childIds)
      .orderBy('conference_date')
      .execute(),
    db.selectFrom('child_protection_plans').select(['child_id', 'id', 'start_date', 'end_date', 'senior_manager_review_date']).where('child_id', 'in', childIds).orderBy('start_date').execute(),
    db.selectFrom('core_group_meetings').select(['child_id', 'id', 'child_protection_plan_id', 'meeting_date']).where('child_id', 'in', childIds).orderBy('meeting_date').execute(),
  ]);
  const discussionsOf = groupBy(discussions, (row) => row.child_id);
  const enquiriesOf = groupBy(enquiries, (row) => row.child_id);
  const conferencesOf = groupBy(conferences, (row) => row.child_id);
  const plansOf = groupBy(plans, (row) => row.child_id);
  const meetingsOf = groupBy(meetings, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    strategyDiscussions: (discussionsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      decisionDate: row.decision_date,
      ...(row.held_date ? { heldDate: row.held_date } : {}),
    })),
    section47Enquiries: (enquiriesOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...(row.initial_conference_not_required ? { initialConferenceNotRequired: true } : {}),
    })),
    conferences: (conferencesOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      type: row.type as ChildProtectionConference['type'],
      date: row.conference_date,
      ...(row.section_47_enquiry_id ? { section47Id: String(row.section_47_enquiry_id) } : {}),
      ...(row.child_protection_plan_id ? { planId: String(row.child_protection_plan_id) } : {}),
    })),
    childProtectionPlans: (plansOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      startDate: row.start_date,
      ...(row.end_date ? { endDate: row.end_date } : {}),
      ...(row.senior_manager_review_date ? { seniorManagerReviewDate: row.senior_manager_review_date } : {}),
    })),
    coreGroupMeetings: (meetingsOf.get(childId) ?? []).map((row) => ({ id: String(row.id), planId: String(row.child_protection_plan_id), date: row.meeting_date })),
  }));
}
