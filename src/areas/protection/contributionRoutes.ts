// Each agency's contribution: to a held strategy discussion (taking part, or why not) and to a
// section 47 enquiry (dated), and a strategy discussion contribution corrected with a reason.
import type { Response } from 'express';
import { z } from 'zod';
import { codeEntries } from '../../core/codeLists.ts';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import type { FormErrors } from '../../platform/web/forms.ts';
import { addRecordForm, type FormField, type RecordForm } from '../../platform/web/recordForm.ts';
import {
  addError,
  childRecordOf,
  codeOf,
  idParam,
  optionalText,
  plainDate,
  requiredText,
  today,
  versionField,
  yesNo,
  type Child,
} from '../../platform/web/childPages.ts';
import { longDate } from '../../core/dateText.ts';
import { NotFoundError } from '../../core/errors.ts';
import { agencies } from './codes.ts';
import {
  correctDiscussionContribution,
  recordDiscussionContribution,
  recordEnquiryContribution,
} from './contributionStore.ts';
import { discussionOf, enquiryOf, named } from './presenters.ts';
import type { Section47Enquiry, StrategyDiscussion, StrategyDiscussionContribution } from './schema.ts';

const agencyItems = codeEntries(agencies).map(([value, text]) => ({ value, text }));
const yesNoItems = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

const contributionFields: FormField[] = [
  { kind: 'textarea', name: 'informationShared', label: 'Information the agency shared' },
  { kind: 'textarea', name: 'agencyView', label: 'The agency’s view' },
  { kind: 'textarea', name: 'actions', label: 'Actions the agency takes' },
];

const contribution = {
  informationShared: optionalText(10000, 'The information shared'),
  agencyView: optionalText(10000, 'The agency’s view'),
  actions: optionalText(10000, 'The actions'),
};

const partFields: FormField[] = [
  { kind: 'radios', name: 'tookPart', legend: 'Did the agency take part in the discussion?', items: yesNoItems },
  {
    kind: 'textarea',
    name: 'absenceReason',
    label: 'If not, why not',
    hint: 'For example, the school was closed for the holidays; the designated safeguarding lead sent a report',
  },
];

const part = {
  tookPart: yesNo('Select yes if the agency took part in the discussion'),
  absenceReason: optionalText(2000, 'Why the agency did not take part'),
};

/** Taking part and a reason for not doing so go together. */
function checkPart(value: { tookPart: 'yes' | 'no'; absenceReason: string | null }, errors: FormErrors) {
  if (value.tookPart === 'no' && !value.absenceReason)
    addError(errors, 'absenceReason', 'Enter why the agency did not take part');
  if (value.tookPart === 'yes' && value.absenceReason)
    addError(errors, 'absenceReason', 'Leave why not empty for an agency that took part');
}

const dbOf = (res: Response) => res.locals.services.db;
const toDiscussion = (child: Child, res: Response) =>
  `/children/${child.id}/strategy-discussions/${idParam(res.req, 'discussionId')}#contributions`;
const toEnquiry = (child: Child, res: Response) =>
  `/children/${child.id}/section-47-enquiries/${idParam(res.req, 'enquiryId')}#contributions`;

const discussionSchema = z.object({ agency: codeOf(agencies, 'Select the agency'), ...part, ...contribution });

const discussionContributionForm: RecordForm<StrategyDiscussion, z.infer<typeof discussionSchema>> = {
  path: '/children/:childId/strategy-discussions/:discussionId/contributions/new',
  record: 'strategy_discussions',
  recordId: 'discussionId',
  title: 'An agency’s contribution to the strategy discussion',
  button: 'Save contribution',
  load: (res, child) => discussionOf(res, child, idParam(res.req, 'discussionId')),
  summary: (discussion) => [
    {
      key: { text: 'Held on' },
      value: { text: discussion.held_date ? longDate(discussion.held_date) : 'Not held yet' },
    },
  ],
  fields: () => [
    {
      kind: 'select',
      name: 'agency',
      label: 'Agency',
      items: [{ value: '', text: 'Choose an agency' }, ...agencyItems],
    },
    ...partFields,
    ...contributionFields,
  ],
  dates: () => ({}),
  schema: discussionSchema,
  check: checkPart,
  save: (res, child, value, discussion) =>
    recordDiscussionContribution(dbOf(res), res.locals.actor, {
      childId: child.id,
      discussionId: discussion.id,
      agency: value.agency,
      tookPart: value.tookPart === 'yes',
      absenceReason: value.absenceReason,
      informationShared: value.informationShared,
      agencyView: value.agencyView,
      actions: value.actions,
    }),
  done: { flash: 'The agency’s contribution is recorded', to: toDiscussion },
};

const correctionSchema = z.object({
  version: versionField,
  ...part,
  ...contribution,
  reason: requiredText(2000, 'Enter why the contribution is corrected', 'The reason must be 2000 characters or fewer'),
});

const contributionOf = (res: Response, child: Child) =>
  childRecordOf(res, child, 'strategy_discussion_contributions', idParam(res.req, 'contributionId'));

const correctionForm: RecordForm<StrategyDiscussionContribution, z.infer<typeof correctionSchema>> = {
  path: '/children/:childId/strategy-discussions/:discussionId/contributions/:contributionId',
  record: 'strategy_discussion_contributions',
  recordId: 'contributionId',
  title: 'Correct an agency’s contribution to the strategy discussion',
  button: 'Save correction',
  load: async (res, child) => {
    const row = await contributionOf(res, child);
    // A contribution is corrected from its own discussion's page only.
    if (row.strategy_discussion_id !== idParam(res.req, 'discussionId')) throw new NotFoundError();
    return row;
  },
  initial: (row) => ({
    version: String(row.version),
    tookPart: row.took_part ? 'yes' : 'no',
    absenceReason: row.absence_reason ?? '',
    informationShared: row.information_shared ?? '',
    agencyView: row.agency_view ?? '',
    actions: row.actions ?? '',
  }),
  summary: (row) => [{ key: { text: 'Agency' }, value: { text: named(agencies, row.agency) ?? row.agency } }],
  fields: () => [
    ...partFields,
    ...contributionFields,
    { kind: 'textarea', name: 'reason', label: 'Why the contribution is corrected' },
  ],
  dates: () => ({}),
  schema: correctionSchema,
  check: checkPart,
  save: (res, child, value, row) =>
    correctDiscussionContribution(dbOf(res), res.locals.actor, {
      childId: child.id,
      id: row.id,
      version: value.version,
      reason: value.reason,
      tookPart: value.tookPart === 'yes',
      absenceReason: value.absenceReason,
      informationShared: value.informationShared,
      agencyView: value.agencyView,
      actions: value.actions,
    }),
  done: { flash: 'The contribution is corrected', to: toDiscussion },
};

const enquirySchema = z.object({
  agency: codeOf(agencies, 'Select the agency'),
  ...contribution,
  informationShared: requiredText(
    10000,
    'Enter the information the agency shared',
    'The information shared must be 10000 characters or fewer',
  ),
});

const enquiryContributionForm: RecordForm<Section47Enquiry, z.infer<typeof enquirySchema>> = {
  path: '/children/:childId/section-47-enquiries/:enquiryId/contributions/new',
  record: 'section_47_enquiries',
  recordId: 'enquiryId',
  title: 'An agency’s contribution to the section 47 enquiry',
  button: 'Save contribution',
  load: (res, child) => enquiryOf(res, child, idParam(res.req, 'enquiryId')),
  summary: (enquiry) => [{ key: { text: 'Enquiry started' }, value: { text: longDate(enquiry.start_date) } }],
  fields: () => [
    {
      kind: 'select',
      name: 'agency',
      label: 'Agency',
      items: [{ value: '', text: 'Choose an agency' }, ...agencyItems],
    },
    { kind: 'date', name: 'contributedOn', legend: 'Date of the contribution' },
    ...contributionFields,
  ],
  dates: (res, enquiry) => ({
    contributedOn: {
      label: 'The date of the contribution',
      notAfter: today(res),
      notBefore: plainDate(enquiry.start_date),
      notBeforeMessage: `The date of the contribution must be on or after ${longDate(enquiry.start_date)}, when the enquiry started`,
    },
  }),
  schema: enquirySchema,
  save: (res, child, value, enquiry) =>
    recordEnquiryContribution(dbOf(res), res.locals.actor, {
      childId: child.id,
      enquiryId: enquiry.id,
      agency: value.agency,
      contributedOn: value.contributedOn!,
      informationShared: value.informationShared,
      agencyView: value.agencyView,
      actions: value.actions,
    }),
  done: { flash: 'The agency’s contribution is recorded', to: toEnquiry },
};

const pages = new RouteTable();
addRecordForm(pages, discussionContributionForm);
addRecordForm(pages, correctionForm);
addRecordForm(pages, enquiryContributionForm);

export const contributionRoutes = pages;
