// The family plan's actions and reviews, on the meeting that agreed it.
import { z } from 'zod';
import { addError, codeOf, optionalText, requiredText } from '../../platform/web/childPages.ts';
import type { RecordForm } from '../../platform/web/recordForm.ts';
import { longDate } from '../../core/dateText.ts';
import { reviewOutcomes, type ReviewOutcome } from './codes.ts';
import { addPlanAction, reviewFamilyPlan } from './store.ts';
import type { MeetingWhole } from './records.ts';
import { actorOf, after, dbOf, familyGroupPage, items, meetingInPath, past } from './presenters.ts';

const planSummary = (meeting: MeetingWhole) => [
  { key: { text: 'Agreed' }, value: { text: meeting.held_date ? longDate(meeting.held_date) : 'Not yet' } },
  { key: { text: 'The family plan' }, value: { text: meeting.family_plan ?? 'No plan was agreed' } },
];

export const actionForm: RecordForm<MeetingWhole, { action: string; owner: string }> = {
  path: '/children/:childId/family-group/meetings/:meetingId/actions/new',
  record: 'family_group_meetings',
  recordId: 'meetingId',
  title: 'Add an action to the family plan',
  button: 'Add the action',
  load: meetingInPath,
  summary: planSummary,
  fields: () => [
    { kind: 'textarea', name: 'action', label: 'What will be done' },
    { kind: 'text', name: 'owner', label: 'Who will do it', hint: 'For example, Nan (Jean Smith) or the school' },
    { kind: 'date', name: 'dueDate', legend: 'Date it is to be done by (if agreed)' },
  ],
  dates: (_res, meeting) => ({
    dueDate: {
      label: 'The date it is to be done by',
      required: false,
      ...(meeting.held_date ? after(meeting.held_date, 'The action must be due on or after the meeting') : {}),
    },
  }),
  schema: z.object({
    action: requiredText(2000, 'Enter what will be done', 'What will be done must be 2000 characters or fewer'),
    owner: requiredText(200, 'Enter who will do it', 'Who will do it must be 200 characters or fewer'),
  }),
  save: (res, _child, value, meeting) =>
    addPlanAction(dbOf(res), actorOf(res), {
      meetingId: meeting.id,
      action: value.action,
      owner: value.owner,
      dueDate: value.dueDate,
    }),
  done: { flash: 'The action is added to the family plan', ...familyGroupPage },
};

export const reviewForm: RecordForm<MeetingWhole, { outcome: ReviewOutcome; notes: string | null }> = {
  path: '/children/:childId/family-group/meetings/:meetingId/reviews/new',
  record: 'family_group_meetings',
  recordId: 'meetingId',
  title: 'Review the family plan',
  button: 'Record the review',
  load: meetingInPath,
  summary: planSummary,
  fields: () => [
    { kind: 'date', name: 'reviewDate', legend: 'Date of the review' },
    { kind: 'radios', name: 'outcome', legend: 'What the review decided', items: items(reviewOutcomes) },
    { kind: 'textarea', name: 'notes', label: 'What the family and network said (optional)' },
    { kind: 'date', name: 'nextReviewDate', legend: 'Date of the next review (unless the plan has ended)' },
  ],
  dates: (res, meeting) => ({
    reviewDate: {
      ...past(res, 'The date of the review'),
      ...(meeting.held_date
        ? after(meeting.held_date, 'The review must be after the meeting that agreed the plan')
        : {}),
    },
    nextReviewDate: { label: 'The date of the next review', required: false },
  }),
  schema: z.object({
    outcome: codeOf(reviewOutcomes, 'Select what the review decided'),
    notes: optionalText(5000, 'What the family and network said'),
  }),
  check: (value, errors) => {
    if (value.outcome !== 'ended' && !value.nextReviewDate)
      addError(errors, 'nextReviewDate', 'Enter the date of the next review', '#nextReviewDate-day');
    if (value.outcome === 'ended' && value.nextReviewDate)
      addError(errors, 'nextReviewDate', 'Leave the next review blank: the plan has ended', '#nextReviewDate-day');
    if (value.nextReviewDate && value.reviewDate && value.nextReviewDate <= value.reviewDate)
      addError(errors, 'nextReviewDate', 'The next review must be after this one', '#nextReviewDate-day');
  },
  save: (res, _child, value, meeting) =>
    reviewFamilyPlan(dbOf(res), actorOf(res), {
      meetingId: meeting.id,
      reviewDate: value.reviewDate!,
      outcome: value.outcome,
      notes: value.notes,
      nextReviewDate: value.nextReviewDate,
    }),
  done: { flash: 'The review of the family plan is recorded', ...familyGroupPage },
};
