// The protection pages' view models, form readers and record loaders, shared by its route files.
import type { Response } from 'express';
import { z } from 'zod';
import { asList, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import type { Child } from '../../platform/web/childPages.ts';
import type { DueItem } from '../../core/timescales/model.ts';
import { gatheredNames } from '../../platform/records/childsVoice.ts';
import {
  addError,
  childDueItems,
  childRecordOf,
  codeItems,
  codeOf,
  codesOf,
  dateInputs,
  hasErrors,
  mergeErrors,
  noErrors,
  openAtOnce,
  optionalText,
  plainDate,
  requiredText,
  readDate,
  renderChildPage,
  timescalesOf,
  today,
  versionField,
} from '../../platform/web/childPages.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import { restrictedFrom } from '../../platform/access/recordScope.ts';
import { ownerName, planActionsView, planVersionsView } from '../planning/index.ts';
import { visitsBetween } from '../visits/index.ts';
import {
  agencies,
  categoriesOfAbuse,
  childParticipation,
  conferenceOutcomes,
  parentsParticipation,
  practiceRatings,
  section47Outcomes,
  strategyDecisions,
  type StrategyDecision,
} from './codes.ts';
import type { ChildProtectionPlan, Section47Enquiry, StrategyDiscussion } from './schema.ts';
import { conferenceTogether, coreGroupTogether, enquiryTogether } from './togetherPresenters.ts';
import {
  attendeesOf,
  discussedTogetherWith,
  discussionActionsWithOwners,
  type StrategyDiscussionAttendeeInput,
} from './store.ts';

import { discussionContributionsView, enquiryContributionsView, leadView } from './macpPresenters.ts';

export const named = <T extends Record<string, string>>(codes: T, code: string | null) =>
  code ? codes[code as keyof T] : null;

export const heldSchema = z.object({
  agencies: codesOf(agencies, 'Select the agencies from the list'),
  decision: codeOf(strategyDecisions, 'Select whether a section 47 enquiry will be made').optional(),
});

export const conclusionSchema = z.object({
  outcome: codeOf(section47Outcomes, 'Select the outcome of the enquiry'),
  findings: requiredText(
    10000,
    'Enter what the enquiry found',
    'What the enquiry found must be 10000 characters or fewer',
  ),
  childsAccount: optionalText(10000, 'The child’s account'),
  outcomeReasons: requiredText(
    5000,
    'Enter the reasons for the outcome',
    'The reasons for the outcome must be 5000 characters or fewer',
  ),
  version: versionField,
});

export const coreGroupSchema = z.object({ notes: optionalText(5000, 'Notes') });

export const seniorReviewSchema = z.object({
  finding: requiredText(5000, 'Enter what you found', 'What you found must be 5000 characters or fewer'),
  direction: requiredText(
    5000,
    'Enter the direction you give',
    'The direction you give must be 5000 characters or fewer',
  ),
});

export const planEndSchema = z.object({
  reason: z
    .string({ error: 'Enter why the plan ended' })
    .trim()
    .min(1, 'Enter why the plan ended')
    .max(2000, 'Why the plan ended must be 2000 characters or fewer'),
});

/** A select posts '' for "not chosen": read as nothing chosen, not a bad code. */
export const chosen = (body: Record<string, unknown>, ...fields: string[]) => ({
  ...body,
  ...Object.fromEntries(fields.map((field) => [field, body[field] === '' ? undefined : body[field]])),
});

export const discussionOf = (res: Response, child: Child, id: number): Promise<StrategyDiscussion> =>
  childRecordOf(res, child, 'strategy_discussions', id);
export const enquiryOf = (res: Response, child: Child, id: number): Promise<Section47Enquiry> =>
  childRecordOf(res, child, 'section_47_enquiries', id);
export const planOf = (res: Response, child: Child, id: number): Promise<ChildProtectionPlan> =>
  childRecordOf(res, child, 'child_protection_plans', id);

/** Held date, agencies and decision, as both the new-discussion form and the "it was held" form post them. */
export function readHeld(
  res: Response,
  values: Record<string, unknown>,
  decisionDate: string | null | undefined,
  errors: FormErrors,
  heldRequired: boolean,
) {
  const heldDate = readDate(
    values,
    'heldDate',
    {
      label: 'The date held',
      required: heldRequired,
      notAfter: today(res),
      ...(decisionDate
        ? {
            notBefore: plainDate(decisionDate),
            notBeforeMessage: 'The date held must be on or after the date of the decision to hold it',
          }
        : {}),
    },
    errors,
  );
  const form = parseForm(heldSchema, chosen(values, 'decision'));
  if (form.ok && heldDate && !form.value.decision)
    addError(errors, 'decision', 'Select whether a section 47 enquiry will be made');
  if (form.ok && heldDate === null && form.value.decision)
    addError(errors, 'heldDate', 'Enter the date the strategy discussion was held', '#heldDate-day');
  mergeErrors(errors, form.ok ? undefined : form.errors);
  return form.ok && heldDate !== undefined && !hasErrors(errors) ? { heldDate, ...form.value } : undefined;
}

/** Rows of "who attended" a form offers (no script needed); rows left blank are not recorded. */
export const attendeeRows = 6;

const practiceSchema = z.object({
  informationShared: optionalText(10000, 'The information shared'),
  decisionReasons: optionalText(5000, 'The reasons for the decision'),
});

const typed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Who attended, the information shared and the reasons for the decision, as the held forms post them. */
export function readPractice(values: Record<string, unknown>, errors: FormErrors) {
  const form = parseForm(practiceSchema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  const attendees: StrategyDiscussionAttendeeInput[] = [];
  for (let row = 1; row <= attendeeRows; row++) {
    const [name, agency, role] = ['Name', 'Agency', 'Role'].map((part) => typed(values[`attendee${row}${part}`]));
    if (!name && !agency && !role) continue;
    if (!name) addError(errors, `attendee${row}Name`, `Enter the name of attendee ${row}`);
    else if (name.length > 200)
      addError(errors, `attendee${row}Name`, `The name of attendee ${row} must be 200 characters or fewer`);
    if (!(agency! in agencies)) addError(errors, `attendee${row}Agency`, `Select the agency of attendee ${row}`);
    if (!role) addError(errors, `attendee${row}Role`, `Enter the role of attendee ${row}`);
    else if (role.length > 200)
      addError(errors, `attendee${row}Role`, `The role of attendee ${row} must be 200 characters or fewer`);
    attendees.push({ name: name!, agency: agency as StrategyDiscussionAttendeeInput['agency'], role: role! });
  }
  return form.ok ? { ...form.value, attendees } : undefined;
}

/** One of several children a form records for, by the key its fields are named with. */
export interface AlsoFor {
  key: number;
  name: string;
}

/** Which of the children offered were ticked to record for too (`together`). */
export const chosenToo = <T extends AlsoFor>(values: Record<string, unknown>, offered: readonly T[]): T[] => {
  const chosen = asList(values.together);
  return offered.filter((other) => chosen.includes(String(other.key)));
};

/**
 * The children chosen to record for alongside this one (`together`), each with their own decision
 * (`decision-<key>`), required once the discussion has been held: the DfE counts each child's.
 */
export function readAlsoFor(
  values: Record<string, unknown>,
  offered: readonly AlsoFor[],
  held: boolean,
  errors: FormErrors,
) {
  return chosenToo(values, offered).map((other) => {
    const decision = typed(values[`decision-${other.key}`]);
    if (held && !(decision in strategyDecisions))
      addError(errors, `decision-${other.key}`, `Select whether a section 47 enquiry will be made about ${other.name}`);
    return { ...other, decision: held && decision in strategyDecisions ? (decision as StrategyDecision) : null };
  });
}

/** The checkboxes of children to record for too, each revealing their own decision. */
export const alsoForItems = (
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  offered: readonly AlsoFor[],
  checkedByDefault: boolean,
) => {
  const chosen =
    values.together === undefined && checkedByDefault
      ? offered.map((other) => String(other.key))
      : asList(values.together);
  return offered.map((other) => ({
    value: String(other.key),
    text: other.name,
    checked: chosen.includes(String(other.key)),
    decisionName: `decision-${other.key}`,
    decisionItems: codeItems(strategyDecisions, values[`decision-${other.key}`]),
    decisionError: errors?.fields[`decision-${other.key}`],
  }));
};

const attendeeItems = (values: Record<string, unknown>, errors: FormErrors | undefined) =>
  Array.from({ length: attendeeRows }, (_, index) => {
    const row = index + 1;
    const field = (part: string) => `attendee${row}${part}`;
    return {
      row,
      name: { id: field('Name'), value: values[field('Name')], error: errors?.fields[field('Name')] },
      role: { id: field('Role'), value: values[field('Role')], error: errors?.fields[field('Role')] },
      agency: {
        id: field('Agency'),
        error: errors?.fields[field('Agency')],
        items: [
          { value: '', text: 'Select an agency' },
          ...codeItems(agencies, values[field('Agency')]).map(({ value, text, checked }) => ({
            value,
            text,
            selected: checked,
          })),
        ],
      },
    };
  });

export const discussionFormItems = (
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  dateFields: string[],
  stored: Record<string, string | null> = {},
) => ({
  values,
  errors,
  dates: dateInputs(values, errors, dateFields, stored),
  agencyItems: codeItems(agencies, values.agencies),
  decisionItems: codeItems(strategyDecisions, values.decision),
  attendees: attendeeItems(values, errors),
});

export function renderNewDiscussion(
  res: Response,
  child: Child,
  siblings: readonly { id: number; name: string }[],
  values: Record<string, unknown>,
  { errors, draft }: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  renderChildPage(
    res,
    'protection/strategy-new',
    child,
    {
      pageTitle: 'Record a strategy discussion',
      draft,
      ...discussionFormItems(values, errors, ['decisionDate', 'heldDate']),
      alsoFor: alsoForItems(
        values,
        errors,
        siblings.map((sibling) => ({ key: sibling.id, name: sibling.name })),
        false,
      ),
    },
    status,
  );
}

/**
 * The other children's discussions recorded with this one, named unless restricted from this
 * person (then only counted); `mayRecord` marks those whose records they may open at once, which
 * the held form offers.
 */
export async function discussedTogether(res: Response, discussion: StrategyDiscussion) {
  const { db } = res.locals.services;
  const others = (await discussedTogetherWith(db, discussion)).map((other) => ({
    ...other,
    id: other.child_id,
    discussionId: other.id,
  }));
  const [withheld, openToThem] = await Promise.all([
    restrictedFrom(db, res.locals.user!, others),
    openAtOnce(res.req, res, others),
  ]);
  const shown = others
    .filter((other) => !withheld.has(other.child_id))
    .map((other) => ({
      childId: other.child_id,
      discussionId: other.discussionId,
      name: `${other.forename} ${other.surname}`,
      held: Boolean(other.held_date),
      version: other.version,
      mayRecord: openToThem.includes(other),
      enquiryToStart: other.decision === 'section-47' && !other.enquiry_started,
    }));
  // Those the held form offers: not yet held, on records this person may open at once.
  const stillToHold = shown.filter((other) => !other.held && other.mayRecord);
  // Those whose section 47 enquiry starts with this child's: decided on, not started, open to this person.
  const enquiriesToStart = shown.filter((other) => other.enquiryToStart && other.mayRecord);
  return { shown, withheld: withheld.size, stillToHold, enquiriesToStart };
}

type DiscussionActionWithOwner = Awaited<ReturnType<ReturnType<typeof discussionActionsWithOwners>['execute']>>[number];

/**
 * A discussion's actions for its page, each with its owner and whether it is overdue as the child's
 * due items say (the strategy-discussion-action rule), as a plan's actions are.
 */
function discussionActionsView(actions: readonly DiscussionActionWithOwner[], items: readonly DueItem[]) {
  const overdue = new Set(
    items
      .filter((item) => item.rule === 'strategy-discussion-action' && item.status === 'overdue')
      .map((item) => item.recordId),
  );
  return actions.map((action) => ({ ...action, owner: ownerName(action), overdue: overdue.has(String(action.id)) }));
}

export async function renderDiscussion(
  res: Response,
  child: Child,
  discussion: StrategyDiscussion,
  errors?: FormErrors,
  status = 200,
) {
  const { db } = res.locals.services;
  // Read together: none waits on another.
  const [items, enquiry, attendees, together, actions, contributions] = await Promise.all([
    childDueItems(res, child, today(res)),
    db
      .selectFrom('section_47_enquiries')
      .select('id')
      .where('strategy_discussion_id', '=', discussion.id)
      .executeTakeFirst(),
    attendeesOf(db, discussion.id),
    discussedTogether(res, discussion),
    discussionActionsWithOwners(db)
      .where('strategy_discussion_id', '=', discussion.id)
      .orderBy('due_date')
      .orderBy('strategy_discussion_actions.id')
      .execute(),
    discussionContributionsView(db, discussion, child.date_of_birth),
  ]);
  renderChildPage(
    res,
    'protection/strategy',
    child,
    {
      pageTitle: 'Strategy discussion',
      discussion,
      attendeeList: attendees.map((attendee) => ({ ...attendee, agencyName: named(agencies, attendee.agency) })),
      together,
      actions: discussionActionsView(actions, items),
      agencyNames: discussion.agencies.map((code) => named(agencies, code)),
      decision: named(strategyDecisions, discussion.decision),
      enquiry,
      contributions,
      timescales: timescalesOf(items, ['strategy-discussion'], discussion.id, today(res)),
      errors,
    },
    status,
  );
}

export async function renderEnquiry(res: Response, child: Child, enquiry: Section47Enquiry) {
  const { db } = res.locals.services;
  const conference = await db
    .selectFrom('child_protection_conferences')
    .selectAll()
    .where('section_47_enquiry_id', '=', enquiry.id)
    .executeTakeFirst();
  const plan = conference
    ? await db
        .selectFrom('child_protection_plans')
        .select('id')
        .where('conference_id', '=', conference.id)
        .executeTakeFirst()
    : undefined;
  const record = { kind: 'section-47', id: enquiry.id } as const;
  const [items, lead, contributions] = await Promise.all([
    childDueItems(res, child, today(res)),
    leadView(db, record),
    enquiryContributionsView(db, enquiry.id),
  ]);
  renderChildPage(res, 'protection/enquiry', child, {
    pageTitle: 'Section 47 enquiry',
    enquiry,
    lead,
    contributions,
    together: await enquiryTogether(res, enquiry),
    outcome: named(section47Outcomes, enquiry.outcome),
    conference: conference && {
      ...conference,
      together: await conferenceTogether(res, conference),
      outcomeName: named(conferenceOutcomes, conference.outcome),
      categoryName: named(categoriesOfAbuse, conference.category),
      heardAs: gatheredNames(conference.voice_gathered),
    },
    plan,
    timescales: timescalesOf(items, ['icpc'], enquiry.id, today(res)),
  });
}

/** The form that records an enquiry's outcome: a long form, kept as a draft. */
export function renderOutcome(
  res: Response,
  child: Child,
  enquiry: Section47Enquiry,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  renderChildPage(
    res,
    'protection/enquiry-outcome',
    child,
    {
      pageTitle: 'Record the outcome of the section 47 enquiry',
      enquiry,
      values: { version: String(enquiry.version), ...values },
      ...extras,
      dates: dateInputs(values, extras.errors, ['endDate']),
      outcomeItems: codeItems(section47Outcomes, values.outcome),
    },
    status,
  );
}

export async function renderPlan(res: Response, child: Child, plan: ChildProtectionPlan) {
  const { db } = res.locals.services;
  const [conferences, meetings, visits, actions, planContent, items, lead] = await Promise.all([
    db
      .selectFrom('child_protection_conferences')
      .leftJoin('workers', 'workers.id', 'child_protection_conferences.chair_worker_id')
      .leftJoin('users', 'users.id', 'child_protection_conferences.chair_id')
      .selectAll('child_protection_conferences')
      // Conferences recorded before chairs were workers name the account recorded then.
      .select((eb) => eb.fn.coalesce('workers.name', 'users.display_name').as('chair_name'))
      .where((eb) =>
        eb.or([
          eb('child_protection_conferences.id', '=', plan.conference_id),
          eb('child_protection_plan_id', '=', plan.id),
        ]),
      )
      .orderBy('conference_date')
      .execute(),
    db
      .selectFrom('core_group_meetings')
      .selectAll()
      .where('child_protection_plan_id', '=', plan.id)
      .orderBy('meeting_date')
      .execute(),
    visitsBetween(db, child.id, plan.start_date, plan.end_date ?? today(res).toString(), 'child-protection'),
    planActionsView(res.locals.services.timescales, db, child, 'child-protection', plan.id, today(res)),
    planVersionsView(db, child.id, 'child-protection', plan.id),
    childDueItems(res, child, today(res)),
    leadView(db, { kind: 'plan', id: plan.id }),
  ]);
  renderChildPage(res, 'protection/plan', child, {
    pageTitle: 'Child protection plan',
    columns: 'full',
    plan,
    lead,
    // A plan ended away from a review conference keeps why; a conference's outcome says why itself.
    endReason: plan.end_reason,
    initialCategory: named(categoriesOfAbuse, plan.initial_category),
    latestCategory: named(categoriesOfAbuse, plan.latest_category),
    conferences: await Promise.all(
      conferences.map(async (conference) => ({
        ...conference,
        together: await conferenceTogether(res, conference),
        outcomeName: named(conferenceOutcomes, conference.outcome),
        participation: named(childParticipation, conference.child_participation),
        parentsParticipation: named(parentsParticipation, conference.parents_participation),
        rating: named(practiceRatings, conference.practice_rating),
        heardAs: gatheredNames(conference.voice_gathered),
      })),
    ),
    meetings: await Promise.all(
      meetings.map(async (meeting) => ({ ...meeting, together: await coreGroupTogether(res, meeting) })),
    ),
    visits,
    actions,
    planContent,
    timescales: plan.end_date
      ? []
      : timescalesOf(
          items,
          ['first-core-group', 'cp-visit', 'cp-review', 'cp-plan-senior-oversight'],
          plan.id,
          today(res),
        ),
  });
}

/** A refusal of the whole form, shown against the plan's details. */
export function planErrors(message: string): FormErrors {
  const errors = noErrors();
  addError(errors, 'record', message);
  return errors;
}

export function renderPlanEnd(
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/plan-end',
    child,
    {
      pageTitle: 'End the child protection plan',
      plan,
      values,
      errors,
      dates: dateInputs(values, errors, ['endDate']),
    },
    status,
  );
}

export function renderSeniorReview(
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/plan-senior-review',
    child,
    {
      pageTitle: "Record the senior manager's review",
      plan,
      values,
      errors,
      dates: dateInputs(values, errors, ['reviewDate'], { reviewDate: plan.senior_manager_review_date }),
    },
    status,
  );
}

/**
 * Brothers and sisters on a child protection plan of their own today whose records this person may
 * open at once: one core group meeting about the family can be recorded for each of them.
 */
export async function siblingsOnPlans(res: Response, child: Child) {
  const siblings = await siblingsToRecordFor(res, child);
  if (siblings.length === 0) return [];
  const on = today(res).toString();
  const plans = await res.locals.services.db
    .selectFrom('child_protection_plans')
    .select(['id', 'child_id', 'start_date'])
    .where(
      'child_id',
      'in',
      siblings.map((sibling) => sibling.id),
    )
    .where('start_date', '<=', on)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', on)]))
    .execute();
  return siblings.flatMap((sibling) => {
    const plan = plans.find((each) => each.child_id === sibling.id);
    return plan ? [{ key: sibling.id, name: sibling.name, planId: plan.id, startDate: plan.start_date }] : [];
  });
}

export function renderCoreGroup(
  res: Response,
  child: Child,
  plan: ChildProtectionPlan,
  onPlans: readonly AlsoFor[],
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const chosen = asList(values.together);
  renderChildPage(
    res,
    'protection/core-group-new',
    child,
    {
      pageTitle: 'Record a core group meeting',
      plan,
      values,
      errors,
      dates: dateInputs(values, errors, ['meetingDate']),
      alsoFor: onPlans.map((other) => ({
        value: String(other.key),
        text: other.name,
        checked: chosen.includes(String(other.key)),
      })),
    },
    status,
  );
}
