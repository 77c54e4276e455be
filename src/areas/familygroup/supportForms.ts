// Family network support packages: what is provided, to whom, from when to when.
import { z } from 'zod';
import { addError, codeOf, optionalText, versionField, type Child } from '../../platform/web/childPages.ts';
import type { RecordForm } from '../../platform/web/recordForm.ts';
import { asList } from '../../platform/web/forms.ts';
import { longDate } from '../../core/dateText.ts';
import { supportKinds, type SupportKind } from './codes.ts';
import { endSupportPackage, startSupportPackage } from './store.ts';
import { familyGroupRecordOf, type SupportPackageWhole } from './records.ts';
import {
  actorOf,
  after,
  dbOf,
  familyGroupPage,
  items,
  networkAdults,
  past,
  siblingChoices,
  supportInPath,
} from './presenters.ts';
import { described, pounds } from './wording.ts';

const someoneElse = 'someone-else';
/** Pounds and pence as typed ("250", "£1,250.50"), kept in pence. */
const amount = z
  .string()
  .trim()
  .transform((text) => text.replace(/^£/, '').replace(/,/g, ''))
  .refine((text) => text === '' || /^\d{1,7}(\.\d{1,2})?$/.test(text), 'Enter the amount in pounds, like 250 or 250.50')
  .transform((text) => (text === '' ? null : Math.round(Number(text) * 100)))
  .refine((pence) => pence === null || pence > 0, 'Enter an amount more than £0');

type Choices = {
  siblings: { value: string; text: string }[];
  adults: { value: string; text: string }[];
  meetings: { value: string; text: string }[];
};

export const supportForm: RecordForm<
  Choices,
  {
    kind: SupportKind;
    amount: number | null;
    description: string | null;
    recipient: string;
    recipientName: string | null;
    meetingId: string;
    together: string[];
  }
> = {
  path: '/children/:childId/family-group/support/new',
  record: 'family_network_support_packages',
  title: 'Record family network support',
  button: 'Record the support',
  load: async (res, child: Child) => ({
    siblings: await siblingChoices(res, child),
    adults: await networkAdults(res, child),
    meetings: (await familyGroupRecordOf(dbOf(res), [child.id])).meetings
      .filter((meeting) => meeting.held_date)
      .map((meeting) => ({ value: String(meeting.id), text: `Meeting held ${longDate(meeting.held_date!)}` })),
  }),
  initial: ({ siblings }) => ({ together: siblings.map((sibling) => sibling.value) }),
  fields: (_res, _child, { siblings, adults, meetings }) => [
    { kind: 'radios', name: 'kind', legend: 'What kind of support', items: items(supportKinds) },
    {
      kind: 'text',
      name: 'amount',
      label: 'Amount in pounds (if money is given)',
      hint: 'For example, 250 or 1250.50',
    },
    { kind: 'textarea', name: 'description', label: 'What is provided', hint: 'Needed when no amount is given' },
    {
      kind: 'select',
      name: 'recipient',
      label: 'Given to',
      items: [
        { value: '', text: 'Select who receives it' },
        ...adults,
        { value: someoneElse, text: 'Someone not on the child’s record' },
      ],
    },
    { kind: 'text', name: 'recipientName', label: 'Their name and how they know the family (if not on the record)' },
    { kind: 'date', name: 'startDate', legend: 'Date the support starts' },
    { kind: 'date', name: 'endDate', legend: 'Date the support ends (if known)' },
    ...(meetings.length
      ? [
          {
            kind: 'select' as const,
            name: 'meetingId',
            label: 'Agreed at (optional)',
            items: [{ value: '', text: 'Not agreed at a family meeting' }, ...meetings],
          },
        ]
      : []),
    ...(siblings.length
      ? [
          {
            kind: 'checkboxes' as const,
            name: 'together',
            legend: 'Also for these brothers and sisters',
            items: siblings,
          },
        ]
      : []),
  ],
  dates: () => ({
    startDate: { label: 'The date the support starts' },
    endDate: { label: 'The date the support ends', required: false },
  }),
  schema: z.object({
    kind: codeOf(supportKinds, 'Select what kind of support it is'),
    amount: amount.optional().transform((pence) => pence ?? null),
    description: optionalText(2000, 'What is provided'),
    recipient: z.string({ error: 'Select who receives the support' }).min(1, 'Select who receives the support'),
    recipientName: optionalText(200, 'Their name'),
    meetingId: z
      .string()
      .optional()
      .transform((id) => id ?? ''),
    together: z.preprocess(asList, z.array(z.string())),
  }),
  check: (value, errors, { siblings, adults, meetings }) => {
    if (value.amount === null && !value.description)
      addError(errors, 'description', 'Enter the amount or describe what is provided');
    if (value.recipient === someoneElse ? !value.recipientName : !adults.some((a) => a.value === value.recipient))
      addError(
        errors,
        value.recipient === someoneElse ? 'recipientName' : 'recipient',
        value.recipient === someoneElse ? 'Enter their name' : 'Select who receives the support',
      );
    if (value.meetingId && !meetings.some((meeting) => meeting.value === value.meetingId))
      addError(errors, 'meetingId', 'Select a meeting from the list');
    if (value.together.some((id) => !siblings.some((sibling) => sibling.value === id)))
      addError(errors, 'together', 'Choose brothers and sisters from the list');
    if (value.endDate && value.startDate && value.endDate < value.startDate)
      addError(errors, 'endDate', 'The support must end on or after the day it started', '#endDate-day');
  },
  save: (res, child, value) =>
    startSupportPackage(dbOf(res), actorOf(res), {
      childIds: [child.id, ...value.together.map(Number)],
      meetingId: value.meetingId ? Number(value.meetingId) : null,
      kind: value.kind,
      amountPence: value.amount,
      description: value.description,
      startDate: value.startDate!,
      endDate: value.endDate,
      recipientAdultId: value.recipient === someoneElse ? null : Number(value.recipient),
      recipientName: value.recipient === someoneElse ? value.recipientName : null,
    }),
  done: { flash: 'The family network support is recorded', ...familyGroupPage },
};

export const endSupportForm: RecordForm<SupportPackageWhole, { version: number }> = {
  path: '/children/:childId/family-group/support/:packageId/end',
  record: 'family_network_support_packages',
  recordId: 'packageId',
  title: 'Family network support ended',
  button: 'Record the end',
  load: supportInPath,
  initial: (support) => ({ version: String(support.version) }),
  summary: (support) => [
    {
      key: { text: 'Support' },
      value: {
        text:
          `${described(supportKinds, support.kind)} for ${support.recipient}` +
          (support.amount_pence ? `, ${pounds(support.amount_pence)}` : ''),
      },
    },
    { key: { text: 'Started' }, value: { text: longDate(support.start_date) } },
  ],
  fields: () => [{ kind: 'date', name: 'endDate', legend: 'Date the support ended' }],
  dates: (res, support) => ({
    endDate: {
      ...past(res, 'The date the support ended'),
      ...after(support.start_date, 'The support must end on or after the day it started'),
    },
  }),
  schema: z.object({ version: versionField }),
  save: (res, _child, value, support) =>
    endSupportPackage(dbOf(res), actorOf(res), {
      packageId: support.id,
      version: value.version,
      endDate: value.endDate!,
    }),
  done: { flash: 'The end of the support is recorded', ...familyGroupPage },
};
