import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder, rowsWithin } from '../../platform/records/chronology.ts';
import { longDate } from '../../core/dateText.ts';
import {
  agencies,
  categoriesOfAbuse,
  childParticipation,
  conferenceOutcomes,
  conferenceTypes,
  section47Outcomes,
  strategyDecisions,
  type Agency,
  type CategoryOfAbuse,
  type ChildParticipation,
  type ConferenceOutcome,
  type ConferenceType,
  type Section47Outcome,
  type StrategyDecision,
} from './codes.ts';

const category = (code: string) => categoriesOfAbuse[code as CategoryOfAbuse];

/**
 * Strategy discussions and the actions they agreed, section 47 enquiries, conferences, plans started
 * and ended, core groups. An action falling overdue is not an event.
 */
export const protectionChronology: ChronologySource = async (db, childIds, reach) => {
  if (childIds.length === 0) return [];
  const [discussions, actions, enquiries, conferences, plans, meetings] = await Promise.all([
    db.selectFrom('strategy_discussions').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    rowsWithin(
      reach,
      db.selectFrom('strategy_discussion_actions').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'held_date',
      'done_date',
    ),
    db.selectFrom('section_47_enquiries').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    rowsWithin(
      reach,
      db.selectFrom('child_protection_conferences').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'conference_date',
    ),
    db.selectFrom('child_protection_plans').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    rowsWithin(
      reach,
      db.selectFrom('core_group_meetings').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'meeting_date',
    ),
  ]);
  return inDateOrder([
    ...discussions.map((discussion) => {
      if (!discussion.held_date)
        return childEvent(
          'strategy_discussions',
          discussion,
          discussion.decision_date,
          'strategy-discussion',
          'Decision to hold a strategy discussion',
        );
      const present = discussion.agencies.length
        ? ` with ${discussion.agencies.map((agency) => agencies[agency as Agency].toLowerCase()).join(', ')}`
        : '';
      const decision = discussion.decision ? `: ${strategyDecisions[discussion.decision as StrategyDecision]}` : '';
      return childEvent(
        'strategy_discussions',
        discussion,
        discussion.held_date,
        'strategy-discussion',
        `Strategy discussion held${present}${decision}`,
      );
    }),
    ...actions.flatMap((action) => [
      childEvent(
        'strategy_discussion_actions',
        action,
        action.held_date,
        'strategy-discussion',
        `Action agreed at the strategy discussion: ${action.description} (by ${longDate(action.due_date)})`,
      ),
      ...(action.done_date
        ? [
            childEvent(
              'strategy_discussion_actions',
              action,
              action.done_date,
              'strategy-discussion',
              `Strategy discussion action done: ${action.description}`,
            ),
          ]
        : []),
    ]),
    ...enquiries.flatMap((enquiry) => [
      childEvent('section_47_enquiries', enquiry, enquiry.start_date, 'section-47', 'Section 47 enquiry started'),
      ...(enquiry.end_date && enquiry.outcome
        ? [
            childEvent(
              'section_47_enquiries',
              enquiry,
              enquiry.end_date,
              'section-47',
              `Section 47 enquiry concluded: ${section47Outcomes[enquiry.outcome as Section47Outcome]}${enquiry.initial_conference_not_required ? ' (initial conference not required)' : ''}`,
            ),
          ]
        : []),
    ]),
    ...conferences.map((conference) => {
      const decided = conference.category ? ` (${category(conference.category)})` : '';
      const participation = conference.child_participation
        ? `. Child’s participation: ${childParticipation[conference.child_participation as ChildParticipation].toLowerCase()}`
        : '';
      return childEvent(
        'child_protection_conferences',
        conference,
        conference.conference_date,
        'conference',
        `${conferenceTypes[conference.type as ConferenceType]}: ${conferenceOutcomes[conference.outcome as ConferenceOutcome].toLowerCase()}${decided}${participation}`,
      );
    }),
    ...plans.flatMap((plan) => [
      childEvent(
        'child_protection_plans',
        plan,
        plan.start_date,
        'child-protection-plan',
        `Child protection plan started: ${category(plan.initial_category)}`,
      ),
      ...(plan.end_date
        ? [
            childEvent(
              'child_protection_plans',
              plan,
              plan.end_date,
              'child-protection-plan',
              `Child protection plan ended (latest category ${category(plan.latest_category)})`,
            ),
          ]
        : []),
    ]),
    ...meetings.map((meeting) =>
      childEvent(
        'core_group_meetings',
        meeting,
        meeting.meeting_date,
        'core-group',
        `Core group meeting${meeting.notes ? `: ${meeting.notes}` : ''}`,
      ),
    ),
  ]);
};
