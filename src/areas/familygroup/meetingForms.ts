// The forms of a family group meeting: offered, the family's answer, and the meeting held with the
// plan the family agreed.
import { z } from 'zod';
import { addError, codeOf, optionalText, versionField, type Child } from '../../platform/web/childPages.ts';
import type { RecordForm } from '../../platform/web/recordForm.ts';
import { asList } from '../../platform/web/forms.ts';
import { declinedReasons, meetingKinds, meetingResponses, type DeclinedReason, type MeetingKind } from './codes.ts';
import { answerOffer, offerMeeting, recordMeetingHeld } from './store.ts';
import type { MeetingWhole } from './records.ts';
import {
  actorOf,
  after,
  dbOf,
  familyGroupPage,
  items,
  meetingInPath,
  networkAdults,
  past,
  siblingChoices,
  workerChoices,
} from './presenters.ts';
import { longDate } from '../../core/dateText.ts';

const chosenWorkerId = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);
const ids = z.preprocess(asList, z.array(z.coerce.number().int().positive()));
const meetingSummary = (meeting: MeetingWhole) => [
  { key: { text: 'Meeting' }, value: { text: meetingKinds[meeting.kind as MeetingKind] ?? meeting.kind } },
  { key: { text: 'Offered' }, value: { text: `${longDate(meeting.offered_date)} by ${meeting.offered_by_name}` } },
];
const versionOf = (meeting: MeetingWhole) => ({ version: String(meeting.version) });

type OfferChoices = { siblings: { value: string; text: string }[]; workers: Awaited<ReturnType<typeof workerChoices>> };

export const offerForm: RecordForm<OfferChoices, { kind: MeetingKind; offeredBy: number; together: number[] }> = {
  path: '/children/:childId/family-group/meetings/new',
  record: 'family_group_meetings',
  title: 'Offer family group decision-making',
  button: 'Record the offer',
  load: async (res, child: Child) => ({
    siblings: await siblingChoices(res, child),
    workers: await workerChoices(res),
  }),
  initial: ({ siblings, workers }) => ({
    offeredBy: workers.mine === undefined ? '' : String(workers.mine),
    together: siblings.map((sibling) => sibling.value),
  }),
  fields: (_res, _child, { siblings, workers }) => [
    { kind: 'radios', name: 'kind', legend: 'What was offered', items: items(meetingKinds) },
    { kind: 'date', name: 'offeredDate', legend: 'Date offered to the family' },
    { kind: 'select', name: 'offeredBy', label: 'Offered by', items: workers.items },
    ...(siblings.length
      ? [
          {
            kind: 'checkboxes' as const,
            name: 'together',
            legend: 'Also offered for these brothers and sisters',
            items: siblings,
          },
        ]
      : []),
  ],
  dates: (res) => ({ offeredDate: past(res, 'The date the meeting was offered') }),
  schema: z.object({
    kind: codeOf(meetingKinds, 'Select what was offered'),
    offeredBy: chosenWorkerId('Select who offered the meeting'),
    together: ids,
  }),
  check: (value, errors, { siblings }) => {
    if (value.together.some((id) => !siblings.some((sibling) => sibling.value === String(id))))
      addError(errors, 'together', 'Choose brothers and sisters from the list');
  },
  save: (res, child, value) =>
    offerMeeting(dbOf(res), actorOf(res), {
      childIds: [child.id, ...value.together],
      kind: value.kind,
      offeredDate: value.offeredDate!,
      offeredByWorkerId: value.offeredBy,
    }),
  done: { flash: 'The offer is recorded', ...familyGroupPage },
};

export const answerForm: RecordForm<
  MeetingWhole,
  { version: number; response: 'accepted' | 'declined'; declinedReason?: DeclinedReason; declinedDetail: string | null }
> = {
  path: '/children/:childId/family-group/meetings/:meetingId/answer',
  record: 'family_group_meetings',
  recordId: 'meetingId',
  title: 'The family’s answer',
  button: 'Save the answer',
  load: meetingInPath,
  initial: versionOf,
  summary: meetingSummary,
  fields: () => [
    { kind: 'radios', name: 'response', legend: 'Did the family accept the meeting?', items: items(meetingResponses) },
    { kind: 'date', name: 'responseDate', legend: 'Date the family answered' },
    {
      kind: 'radios',
      name: 'declinedReason',
      legend: 'If they declined, why?',
      items: items(declinedReasons),
    },
    { kind: 'textarea', name: 'declinedDetail', label: 'What the family said (if they declined)' },
  ],
  dates: (res, meeting) => ({
    responseDate: {
      ...past(res, 'The date the family answered'),
      ...after(meeting.offered_date, 'The family must answer on or after the day the meeting was offered'),
    },
  }),
  schema: z.object({
    version: versionField,
    response: codeOf(meetingResponses, 'Select whether the family accepted the meeting'),
    declinedReason: codeOf(declinedReasons, 'Select why the family declined').optional(),
    declinedDetail: optionalText(2000, 'What the family said'),
  }),
  check: (value, errors) => {
    if (value.response === 'declined' && !value.declinedReason)
      addError(errors, 'declinedReason', 'Select why the family declined');
    if (value.response === 'accepted' && value.declinedReason)
      addError(errors, 'declinedReason', 'Only give a reason when the family declined');
    if (value.declinedReason === 'other' && !value.declinedDetail)
      addError(errors, 'declinedDetail', 'Say why the family declined');
  },
  save: (res, _child, value, meeting) =>
    answerOffer(dbOf(res), actorOf(res), {
      meetingId: meeting.id,
      version: value.version,
      response: value.response,
      responseDate: value.responseDate!,
      declinedReason: value.declinedReason ?? null,
      declinedDetail: value.declinedDetail,
    }),
  done: { flash: 'The family’s answer is recorded', ...familyGroupPage },
};

type HeldChoices = {
  meeting: MeetingWhole;
  adults: { value: string; text: string }[];
  workers: OfferChoices['workers'];
};

export const heldForm: RecordForm<
  HeldChoices,
  {
    version: number;
    coordinator: number;
    attendees: number[];
    otherAttendees: string | null;
    familyPlan: string | null;
  }
> = {
  path: '/children/:childId/family-group/meetings/:meetingId/held',
  record: 'family_group_meetings',
  recordId: 'meetingId',
  title: 'The meeting held and the family plan',
  button: 'Save the meeting',
  load: async (res, child, req) => ({
    meeting: await meetingInPath(res, child, req),
    adults: await networkAdults(res, child),
    workers: await workerChoices(res),
  }),
  initial: ({ meeting }) => versionOf(meeting),
  summary: ({ meeting }) => meetingSummary(meeting),
  fields: (_res, _child, { adults, workers }) => [
    { kind: 'date', name: 'heldDate', legend: 'Date the meeting was held' },
    {
      kind: 'select',
      name: 'coordinator',
      label: 'Coordinator',
      hint: 'Independent of the case: not the children’s allocated worker',
      items: workers.items,
    },
    ...(adults.length
      ? [{ kind: 'checkboxes' as const, name: 'attendees', legend: 'Who came from the family network', items: adults }]
      : []),
    {
      kind: 'textarea',
      name: 'otherAttendees',
      label: 'Anyone else who came from the family network',
      hint: 'Names and how they know the family, for people not on the child’s record',
    },
    { kind: 'textarea', name: 'familyPlan', label: 'The plan the family agreed (if they agreed one)' },
    { kind: 'date', name: 'reviewDueDate', legend: 'Date the family plan is to be reviewed (if a plan was agreed)' },
  ],
  dates: (res, { meeting }) => ({
    heldDate: {
      ...past(res, 'The date the meeting was held'),
      ...after(meeting.response_date ?? meeting.offered_date, 'The meeting must be held after the family accepted it'),
    },
    reviewDueDate: { label: 'The date of the review', required: false },
  }),
  schema: z.object({
    version: versionField,
    coordinator: chosenWorkerId('Select the coordinator'),
    attendees: ids,
    otherAttendees: optionalText(2000, 'Anyone else who came'),
    familyPlan: optionalText(10000, 'The family plan'),
  }),
  check: (value, errors) => {
    if (value.reviewDueDate && !value.familyPlan)
      addError(errors, 'familyPlan', 'Enter the plan the family agreed, or leave the review date blank');
    if (value.familyPlan && !value.reviewDueDate)
      addError(errors, 'reviewDueDate', 'Enter the date the family plan is to be reviewed', '#reviewDueDate-day');
  },
  save: (res, _child, value, { meeting }) =>
    recordMeetingHeld(dbOf(res), actorOf(res), {
      meetingId: meeting.id,
      version: value.version,
      heldDate: value.heldDate!,
      coordinatorWorkerId: value.coordinator,
      attendeeAdultIds: value.attendees,
      otherAttendees: value.otherAttendees,
      familyPlan: value.familyPlan,
      reviewDueDate: value.reviewDueDate,
    }),
  done: { flash: 'The meeting is recorded', ...familyGroupPage },
};
