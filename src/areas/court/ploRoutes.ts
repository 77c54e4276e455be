// The child's court page, and pre-proceedings under the Public Law Outline: started once for the
// family's children, its letter, meetings and family group decision-making recorded as they
// happen, and its outcome.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addError, readVersion, renderChildPage } from '../../platform/web/childPages.ts';
import { preProceedingsMeetingTypes, preProceedingsOutcomes, type PreProceedingsOutcome } from './codes.ts';
import { recordPreProceedingsMeeting, recordPreProceedingsProgress, startPreProceedings } from './store.ts';
import { addCourtForm } from './courtForm.ts';
import {
  chosenSiblings,
  courtRecordView,
  namedTo,
  ploInPath,
  radioItems,
  readCode,
  readDay,
  readNotOffered,
  readText,
  notOfferedItems,
  siblingItems,
  siblingsOf,
} from './presenters.ts';

const ploDates = {
  letterBeforeProceedingsDate: ['letter_before_proceedings_date', 'The date the letter before proceedings was sent'],
  initialMeetingDate: ['initial_meeting_date', 'The date of the pre-proceedings meeting'],
} as const;
type PloDateField = keyof typeof ploDates;
const ploDateFields = Object.keys(ploDates) as PloDateField[];

const childrenCounted = (count: number) => (count === 1 ? '' : ` for ${count} children`);

const table = new RouteTable().get(
  '/children/:childId/court',
  childRecordPage('child:view', 'care_proceedings'),
  async (_req, res, { child }) =>
    renderChildPage(res, 'court/record', child, {
      pageTitle: 'Court and pre-proceedings',
      columns: 'full',
      ...(await courtRecordView(res, child)),
    }),
);

addCourtForm(table, {
  path: '/children/:childId/court/pre-proceedings/new',
  record: 'pre_proceedings',
  draft: 'Pre-proceedings',
  view: 'pre-proceedings-new',
  title: 'Start pre-proceedings (Public Law Outline)',
  dateFields: ['startDate', ...ploDateFields],
  load: siblingsOf,
  context: (_res, _child, siblings, values) => ({
    siblingItems: siblingItems(values, siblings),
    notOfferedItems: notOfferedItems(values),
  }),
  read: (res, values, siblings, errors) => {
    const startDate = readDay(res, values, errors, 'startDate', 'The date of the legal planning meeting', {
      required: true,
    });
    const dates = Object.fromEntries(
      ploDateFields.map((field) => [field, readDay(res, values, errors, field, ploDates[field][1])]),
    ) as Record<PloDateField, string | null | undefined>;
    const notOffered = readNotOffered(values, errors);
    if (!startDate) return undefined;
    return {
      startDate,
      ...dates,
      notOffered,
      together: chosenSiblings(values, siblings).map((sibling) => sibling.id),
    };
  },
  save: (res, child, _siblings, input) =>
    startPreProceedings(res.locals.services.db, res.locals.actor, {
      ...input,
      childIds: [child.id, ...input.together],
    }),
  saved: (input) => `Pre-proceedings are started${childrenCounted(input.together.length + 1)}`,
  aliases: { childIds: 'startDate' },
});

addCourtForm(table, {
  path: '/children/:childId/court/pre-proceedings/:ploId',
  record: 'pre_proceedings',
  recordId: 'ploId',
  draft: 'Pre-proceedings progress',
  view: 'pre-proceedings',
  title: 'Pre-proceedings: record what has happened',
  dateFields: [...ploDateFields, 'decisionDate'],
  load: ploInPath,
  closed: (plo, child) => (plo.decision_date ? `/children/${child.id}/court` : undefined),
  context: async (res, _child, plo, values) => ({
    plo,
    children: await namedTo(res, plo.children),
    toRecord: ploDateFields.filter((field) => !plo[ploDates[field][0]]),
    recorded: ploDateFields
      .filter((field) => plo[ploDates[field][0]])
      .map((field) => ({ label: ploDates[field][1], date: plo[ploDates[field][0]] })),
    outcomeItems: radioItems(preProceedingsOutcomes, values.outcome),
    version: values.version ?? String(plo.version),
  }),
  read: (res, values, plo, errors) => {
    const notBefore = {
      notBefore: plo.start_date,
      notBeforeMessage: 'The date must be on or after pre-proceedings started',
    };
    const dates = Object.fromEntries(
      ploDateFields
        .filter((field) => !plo[ploDates[field][0]])
        .map((field) => [field, readDay(res, values, errors, field, ploDates[field][1], notBefore) ?? undefined]),
    ) as Partial<Record<PloDateField, string>>;
    const decisionDate = readDay(res, values, errors, 'decisionDate', 'The date of the decision', notBefore);
    const outcome = decisionDate
      ? readCode<PreProceedingsOutcome>(values, errors, 'outcome', preProceedingsOutcomes, 'Select the outcome')
      : undefined;
    const outcomeDetail = readText(values, errors, 'outcomeDetail', {
      max: 2000,
      label: 'The other outcome',
      ...(outcome === 'other' ? { missing: 'Describe the other outcome' } : {}),
    });
    const version = readVersion(values, errors);
    if (!decisionDate && Object.values(dates).every((date) => !date))
      addError(errors, 'record', 'Enter the date of at least one thing that has happened');
    if (version === undefined) return undefined;
    return {
      ...dates,
      ...(decisionDate
        ? { decisionDate, outcome, ...(outcome === 'other' ? { outcomeDetail: outcomeDetail! } : {}) }
        : {}),
      version,
    };
  },
  save: (res, _child, plo, input) =>
    recordPreProceedingsProgress(res.locals.services.db, res.locals.actor, { preProceedingsId: plo.id, ...input }),
  saved: (input) => (input.decisionDate ? 'The pre-proceedings decision is recorded' : 'Pre-proceedings are updated'),
});

addCourtForm(table, {
  path: '/children/:childId/court/pre-proceedings/:ploId/meetings/new',
  record: 'pre_proceedings',
  recordId: 'ploId',
  view: 'meeting-new',
  title: 'Record a pre-proceedings meeting',
  dateFields: ['meetingDate'],
  load: ploInPath,
  closed: (plo, child) => (plo.decision_date ? `/children/${child.id}/court` : undefined),
  context: (_res, _child, plo, values) => ({
    plo,
    meetingTypeItems: radioItems(preProceedingsMeetingTypes, values.meetingType),
  }),
  read: (res, values, plo, errors) => {
    const meetingType = readCode(
      values,
      errors,
      'meetingType',
      preProceedingsMeetingTypes,
      'Select the type of meeting',
    );
    const meetingDate = readDay(res, values, errors, 'meetingDate', 'The date of the meeting', {
      required: true,
      notBefore: plo.start_date,
      notBeforeMessage: 'The meeting must be on or after pre-proceedings started',
    });
    return meetingType && meetingDate ? { meetingType, meetingDate } : undefined;
  },
  save: (res, _child, plo, input) =>
    recordPreProceedingsMeeting(res.locals.services.db, res.locals.actor, { preProceedingsId: plo.id, ...input }),
  saved: (input) => `The ${preProceedingsMeetingTypes[input.meetingType].toLowerCase()} is recorded`,
});

export const preProceedingsRoutes = table;
