import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface StrategyDiscussion {
  id: string;
  /** The decision to hold a strategy discussion. */
  decisionDate: IsoDate;
  heldDate?: IsoDate;
}

export interface Section47Enquiry {
  id: string;
  /** S47ActualStartDate: the date of the strategy discussion that started it. */
  startDate: IsoDate;
  /** ICPCnotRequired: the enquiry concluded that no conference was needed. */
  initialConferenceNotRequired?: boolean;
}

export interface ChildProtectionConference {
  id: string;
  type: 'initial' | 'review';
  date: IsoDate;
  /** For an initial conference: the enquiry it concluded. */
  section47Id?: string;
  /** For a review conference: the plan it reviewed. */
  planId?: string;
}

export interface ChildProtectionPlan {
  id: string;
  /** CPPstartDate: the date of the conference that made the plan. */
  startDate: IsoDate;
  endDate?: IsoDate;
  seniorManagerReviewDate?: IsoDate;
}

/** An action a strategy discussion agreed, with the date by which it is to be done. */
export interface StrategyDiscussionAction {
  id: string;
  description: string;
  /** The day the discussion that agreed it was held: its clock starts then. */
  agreedDate: IsoDate;
  dueDate: IsoDate;
  doneDate?: IsoDate;
}

export interface CoreGroupMeeting {
  id: string;
  planId: string;
  date: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    strategyDiscussions: StrategyDiscussion[];
    strategyDiscussionActions: StrategyDiscussionAction[];
    section47Enquiries: Section47Enquiry[];
    conferences: ChildProtectionConference[];
    childProtectionPlans: ChildProtectionPlan[];
    coreGroupMeetings: CoreGroupMeeting[];
  }
}

/** This area's part of a journey with no records. */
export const emptyProtectionJourney = {
  strategyDiscussions: [],
  strategyDiscussionActions: [],
  section47Enquiries: [],
  conferences: [],
  childProtectionPlans: [],
  coreGroupMeetings: [],
};

type ProtectionJourney = Pick<
  ChildJourney,
  | 'strategyDiscussions'
  | 'strategyDiscussionActions'
  | 'section47Enquiries'
  | 'conferences'
  | 'childProtectionPlans'
  | 'coreGroupMeetings'
>;

/** Each child's child protection records, for the strategy, conference, core group, review and oversight timescales. */
export async function protectionJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, ProtectionJourney>> {
  const [discussions, actions, enquiries, conferences, plans, meetings] = await Promise.all([
    db
      .selectFrom('strategy_discussions')
      .select(['child_id', 'id', 'decision_date', 'held_date'])
      .where('child_id', 'in', childIds)
      .orderBy('decision_date')
      .execute(),
    db
      .selectFrom('strategy_discussion_actions')
      .select(['child_id', 'id', 'description', 'held_date', 'due_date', 'done_date'])
      .where('child_id', 'in', childIds)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('section_47_enquiries')
      .select(['child_id', 'id', 'start_date', 'initial_conference_not_required'])
      .where('child_id', 'in', childIds)
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('child_protection_conferences')
      .select(['child_id', 'id', 'type', 'conference_date', 'section_47_enquiry_id', 'child_protection_plan_id'])
      .where('child_id', 'in', childIds)
      .orderBy('conference_date')
      .execute(),
    db
      .selectFrom('child_protection_plans')
      .select(['child_id', 'id', 'start_date', 'end_date', 'senior_manager_review_date'])
      .where('child_id', 'in', childIds)
      .orderBy('start_date')
      .execute(),
    db
      .selectFrom('core_group_meetings')
      .select(['child_id', 'id', 'child_protection_plan_id', 'meeting_date'])
      .where('child_id', 'in', childIds)
      .orderBy('meeting_date')
      .execute(),
  ]);
  const discussionsOf = groupBy(discussions, (row) => row.child_id);
  const actionsOf = groupBy(actions, (row) => row.child_id);
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
    strategyDiscussionActions: (actionsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      description: row.description,
      agreedDate: row.held_date,
      dueDate: row.due_date,
      ...(row.done_date ? { doneDate: row.done_date } : {}),
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
    coreGroupMeetings: (meetingsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      planId: String(row.child_protection_plan_id),
      date: row.meeting_date,
    })),
  }));
}
