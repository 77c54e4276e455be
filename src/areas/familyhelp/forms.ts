// Family Help's short forms (platform/web/recordForm.ts): starting it for a family, its team, a
// child's assessment, the family plan with its actions and reviews, a step-up and its end.
import type { Response } from 'express';
import { z } from 'zod';
import { codeEntries, type CodeList } from '../../core/codeLists.ts';
import { asList } from '../../platform/web/forms.ts';
import {
  addError,
  childName,
  chosenId,
  codeOf,
  idParam,
  plainDate,
  requiredText,
  today,
  versionField,
  yesNo,
  type Child,
} from '../../platform/web/childPages.ts';
import type { RecordForm } from '../../platform/web/recordForm.ts';
import type { DateRules } from '../../platform/web/dateInput.ts';
import { referralSources, type ReferralSource } from '../assessment/index.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import { assessmentKinds, endReasons, reviewDecisions } from './codes.ts';
import {
  addPlanAction,
  addTeamMember,
  agreeFamilyPlan,
  completeTargetedAssessment,
  endFamilyHelp,
  markPlanActionDone,
  recordPlanReview,
  startFamilyHelp,
  startFamilyHelpAssessment,
  stepUpToChildProtection,
} from './store.ts';
import { dbOf, openEpisodeOfChild, practitionerItems } from './presenters.ts';
import type { FamilyHelpAssessment, FamilyPlanAction } from './schema.ts';
import { NotFoundError } from '../../core/errors.ts';

const items = (codes: CodeList) => codeEntries(codes).map(([value, text]) => ({ value, text }));
const actorOf = (res: Response) => res.locals.actor;
const pastDate = (res: Response, label: string, notBefore?: string, notBeforeMessage?: string): DateRules => ({
  label,
  notAfter: today(res),
  ...(notBefore ? { notBefore: plainDate(notBefore), notBeforeMessage } : {}),
});
const episodeId = (res: Response) => idParam(res.req, 'episodeId');
const done = (flash: string) => ({ flash, to: (child: Child) => `/children/${child.id}/family-help` });
const base = '/children/:childId/family-help/:episodeId';

/** Starting Family Help for the child and any of their brothers and sisters whose records this person may open. */
export const startForm: RecordForm<
  { id: number; name: string }[],
  { childIds: number[]; source: ReferralSource; leadPractitionerId: number }
> = {
  path: '/children/:childId/family-help/new',
  record: 'family_help_episodes',
  permission: 'familyhelp:record',
  title: 'Start Family Help',
  button: 'Start Family Help',
  load: async (res, child) => [{ id: child.id, name: childName(child) }, ...(await siblingsToRecordFor(res, child))],
  initial: (family) => ({ childIds: [String(family[0]!.id)] }),
  fields: async (res, _child, family) => [
    {
      kind: 'checkboxes',
      name: 'childIds',
      legend: 'Children who will have Family Help',
      items: family.map((member) => ({ value: String(member.id), text: member.name })),
    },
    { kind: 'date', name: 'startDate', legend: 'Start date' },
    {
      kind: 'select',
      name: 'source',
      label: 'Who asked for help',
      hint: 'The source of referral, carried to the CIN census if the help becomes a child in need episode',
      items: [{ value: '', text: 'Select who asked for help' }, ...items(referralSources)],
    },
    {
      kind: 'select',
      name: 'leadPractitionerId',
      label: 'Family Help Lead Practitioner',
      hint: 'A council practitioner, or a partner agency’s practitioner with a Harbour account',
      items: await practitionerItems(res, 'Select the lead practitioner'),
    },
  ],
  dates: (res) => ({ startDate: pastDate(res, 'The start date') }),
  schema: z.object({
    childIds: z.preprocess(
      asList,
      z.array(chosenId('Select children from the list')).min(1, 'Select the children who will have Family Help'),
    ),
    source: codeOf(referralSources, 'Select who asked for help'),
    leadPractitionerId: chosenId('Select the lead practitioner'),
  }),
  check: (value, errors, family) => {
    if (value.childIds.some((id) => !family.some((member) => member.id === id)))
      addError(errors, 'childIds', 'Select children from the list');
  },
  save: (res, _child, value) =>
    startFamilyHelp(dbOf(res), actorOf(res), {
      childIds: value.childIds,
      startDate: value.startDate!,
      source: value.source,
      leadPractitionerId: value.leadPractitionerId,
    }),
  done: done('Family Help has started'),
};

export const teamMemberForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { userId: number; role: string }
> = {
  path: `${base}/team`,
  record: 'family_help_team_members',
  recordId: 'episodeId',
  permission: 'familyhelp:record',
  title: 'Add a member of the family’s team',
  button: 'Add to the team',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  fields: async (res) => [
    {
      kind: 'select',
      name: 'userId',
      label: 'Practitioner',
      items: await practitionerItems(res, 'Select the practitioner'),
    },
    { kind: 'text', name: 'role', label: 'Their part in the family’s help', hint: 'For example, school nurse' },
    { kind: 'date', name: 'addedOn', legend: 'Joined the team on' },
  ],
  dates: (res, episode) => ({
    addedOn: pastDate(res, 'The date', episode.start_date, 'The date must be on or after the start of Family Help'),
  }),
  schema: z.object({
    userId: chosenId('Select the practitioner'),
    role: requiredText(200, 'Enter their part in the family’s help', 'Their part must be 200 characters or fewer'),
  }),
  save: (res, _child, value) =>
    addTeamMember(dbOf(res), actorOf(res), {
      episodeId: episodeId(res),
      userId: value.userId,
      role: value.role,
      addedOn: value.addedOn!,
    }),
  done: done('The team member is added'),
};

export const assessmentForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { kind: keyof typeof assessmentKinds }
> = {
  path: `${base}/assessments/new`,
  record: 'family_help_assessments',
  recordId: 'episodeId',
  permission: 'familyhelp:record',
  title: 'Start the family help assessment',
  button: 'Start the assessment',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  fields: () => [
    {
      kind: 'radios',
      name: 'kind',
      legend: 'What kind of assessment',
      hint: 'A section 17 assessment is the single assessment: it must be authorised within 45 working days and counts in the CIN census',
      items: items(assessmentKinds),
    },
    { kind: 'date', name: 'startDate', legend: 'Start date' },
  ],
  dates: (res, episode) => ({
    startDate: pastDate(res, 'The start date', episode.childStart, 'The assessment must start on or after Family Help'),
  }),
  schema: z.object({ kind: codeOf(assessmentKinds, 'Select what kind of assessment') }),
  save: (res, child, value) =>
    startFamilyHelpAssessment(dbOf(res), actorOf(res), {
      episodeId: episodeId(res),
      childId: child.id,
      kind: value.kind,
      startDate: value.startDate!,
    }),
  done: done('The family help assessment has started'),
};

const targetedAssessmentOf = async (res: Response, child: Child): Promise<FamilyHelpAssessment> => {
  const assessment = await dbOf(res)
    .selectFrom('family_help_assessments')
    .selectAll()
    .where('id', '=', idParam(res.req, 'assessmentId'))
    .where('episode_id', '=', episodeId(res))
    .where('child_id', '=', child.id)
    .where('kind', '=', 'targeted')
    .executeTakeFirst();
  if (!assessment) throw new NotFoundError();
  return assessment;
};

export const completeAssessmentForm: RecordForm<FamilyHelpAssessment, { summary: string; version: number }> = {
  path: `${base}/assessments/:assessmentId/complete`,
  record: 'family_help_assessments',
  recordId: 'assessmentId',
  permission: 'familyhelp:record',
  title: 'Complete the family help assessment',
  button: 'Complete the assessment',
  load: (res, child) => targetedAssessmentOf(res, child),
  initial: (assessment) => ({ version: String(assessment.version), summary: assessment.summary ?? '' }),
  stored: (assessment) => ({ completedDate: assessment.completed_date }),
  fields: () => [
    { kind: 'date', name: 'completedDate', legend: 'Completed on' },
    { kind: 'textarea', name: 'summary', label: 'What the assessment found and what help the family needs' },
  ],
  dates: (res, assessment) => ({
    completedDate: pastDate(
      res,
      'The date',
      assessment.start_date,
      'The date must be on or after the assessment started',
    ),
  }),
  schema: z.object({
    summary: requiredText(4000, 'Enter what the assessment found', 'The summary must be 4000 characters or fewer'),
    version: versionField,
  }),
  save: (res, child, value, assessment) =>
    completeTargetedAssessment(dbOf(res), actorOf(res), {
      childId: child.id,
      id: assessment.id,
      version: value.version,
      completedDate: value.completedDate!,
      summary: value.summary,
    }),
  done: done('The family help assessment is complete'),
};

export const planForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { outcomes: string; section17: 'yes' | 'no'; version: number }
> = {
  path: `${base}/plan`,
  record: 'family_help_episodes',
  recordId: 'episodeId',
  permission: 'familyhelp:record',
  title: 'The family plan',
  button: 'Save the family plan',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  initial: (episode) => ({ version: String(episode.version), outcomes: episode.plan_outcomes ?? '' }),
  stored: (episode) => ({ agreedOn: episode.plan_agreed_on }),
  fields: () => [
    { kind: 'date', name: 'agreedOn', legend: 'Agreed with the family on' },
    { kind: 'textarea', name: 'outcomes', label: 'What needs to change for the children, in the family’s words' },
    {
      kind: 'radios',
      name: 'section17',
      legend: 'Is this a child in need plan under section 17?',
      hint: 'A child in need plan makes each child’s help a CIN episode, counted in the CIN census',
      items: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No, targeted family help' },
      ],
    },
  ],
  dates: (res, episode) => ({
    agreedOn: pastDate(
      res,
      'The date agreed',
      episode.start_date,
      'The plan must be agreed on or after Family Help started',
    ),
  }),
  schema: z.object({
    outcomes: requiredText(4000, 'Enter what needs to change', 'What needs to change must be 4000 characters or fewer'),
    section17: yesNo('Select whether this is a child in need plan'),
    version: versionField,
  }),
  save: (res, _child, value, episode) =>
    agreeFamilyPlan(dbOf(res), actorOf(res), {
      episodeId: episode.id,
      version: value.version,
      agreedOn: value.agreedOn!,
      outcomes: value.outcomes,
      section17: value.section17 === 'yes',
    }),
  done: done('The family plan is recorded'),
};

export const actionForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { action: string; owner: string }
> = {
  path: `${base}/actions/new`,
  record: 'family_plan_actions',
  recordId: 'episodeId',
  permission: 'familyplan:record',
  title: 'Add an action to the family plan',
  button: 'Add the action',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  fields: () => [
    { kind: 'textarea', name: 'action', label: 'Action' },
    { kind: 'text', name: 'owner', label: 'Who will do it', hint: 'A family member or a practitioner' },
    { kind: 'date', name: 'dueDate', legend: 'Due by' },
  ],
  dates: (_res, episode) => ({
    dueDate: {
      label: 'The due date',
      notBefore: plainDate(episode.start_date),
      notBeforeMessage: 'The due date must be on or after Family Help started',
    },
  }),
  schema: z.object({
    action: requiredText(2000, 'Enter the action', 'The action must be 2000 characters or fewer'),
    owner: requiredText(200, 'Enter who will do it', 'Who will do it must be 200 characters or fewer'),
  }),
  save: (res, _child, value, episode) =>
    addPlanAction(dbOf(res), actorOf(res), {
      episodeId: episode.id,
      action: value.action,
      owner: value.owner,
      dueDate: value.dueDate!,
    }),
  done: done('The action is added to the family plan'),
};

/** An action of the family plan, with the day the plan was agreed (no action is done before it). */
const actionOf = async (res: Response, child: Child, req: Parameters<typeof openEpisodeOfChild>[2]) => {
  const episode = await openEpisodeOfChild(res, child, req);
  const action = await dbOf(res)
    .selectFrom('family_plan_actions')
    .selectAll()
    .where('id', '=', idParam(req, 'actionId'))
    .where('episode_id', '=', episode.id)
    .executeTakeFirst();
  if (!action) throw new NotFoundError();
  return { ...action, planAgreedOn: episode.plan_agreed_on ?? episode.start_date };
};

export const actionDoneForm: RecordForm<FamilyPlanAction & { planAgreedOn: string }, { version: number }> = {
  path: `${base}/actions/:actionId/done`,
  record: 'family_plan_actions',
  recordId: 'actionId',
  permission: 'familyplan:record',
  title: 'Action done',
  button: 'Save',
  load: actionOf,
  initial: (action) => ({ version: String(action.version) }),
  stored: (action) => ({ doneDate: action.done_date }),
  summary: (action) => [
    { key: { text: 'Action' }, value: { text: action.action } },
    { key: { text: 'Who' }, value: { text: action.owner } },
  ],
  fields: () => [{ kind: 'date', name: 'doneDate', legend: 'Done on' }],
  dates: (res, action) => ({
    doneDate: pastDate(
      res,
      'The date done',
      action.planAgreedOn,
      'The date done must be on or after the plan was agreed',
    ),
  }),
  schema: z.object({ version: versionField }),
  save: (res, _child, value, action) =>
    markPlanActionDone(dbOf(res), actorOf(res), {
      episodeId: action.episode_id,
      id: action.id,
      version: value.version,
      doneDate: value.doneDate!,
    }),
  done: done('The action is marked done'),
};

export const reviewForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { progress: string; decision: keyof typeof reviewDecisions }
> = {
  path: `${base}/reviews/new`,
  record: 'family_plan_reviews',
  recordId: 'episodeId',
  permission: 'familyplan:record',
  title: 'Review the family plan',
  button: 'Save the review',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  fields: () => [
    { kind: 'date', name: 'reviewDate', legend: 'Reviewed on' },
    { kind: 'textarea', name: 'progress', label: 'Progress against the plan, with the family’s and children’s views' },
    {
      kind: 'radios',
      name: 'decision',
      legend: 'What the review decided',
      hint: 'A step-up or step-down is then recorded by the council’s practitioner on the Family Help page',
      items: items(reviewDecisions),
    },
  ],
  dates: (res, episode) => ({
    reviewDate: pastDate(
      res,
      'The review date',
      episode.plan_agreed_on ?? episode.start_date,
      'The review must be on or after the plan was agreed',
    ),
  }),
  schema: z.object({
    progress: requiredText(
      4000,
      'Enter the progress against the plan',
      'The progress must be 4000 characters or fewer',
    ),
    decision: codeOf(reviewDecisions, 'Select what the review decided'),
  }),
  save: (res, _child, value, episode) =>
    recordPlanReview(dbOf(res), actorOf(res), {
      episodeId: episode.id,
      reviewDate: value.reviewDate!,
      progress: value.progress,
      decision: value.decision,
    }),
  done: done('The review of the family plan is recorded'),
};

export const stepUpForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { reason: string; version: number }
> = {
  path: `${base}/step-up`,
  record: 'family_help_episodes',
  recordId: 'episodeId',
  permission: 'familyhelp:record',
  title: 'Step up to child protection',
  button: 'Record the step-up',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  initial: (episode) => ({ version: String(episode.version) }),
  fields: () => [
    { kind: 'date', name: 'steppedUpOn', legend: 'Decided on' },
    {
      kind: 'textarea',
      name: 'reason',
      label: 'Why the children may be suffering, or likely to suffer, significant harm',
      hint: 'Then record the strategy discussion for each child',
    },
  ],
  dates: (res, episode) => ({
    steppedUpOn: pastDate(res, 'The date', episode.start_date, 'The step-up must be on or after Family Help started'),
  }),
  schema: z.object({
    reason: requiredText(2000, 'Enter why the family is stepped up', 'The reason must be 2000 characters or fewer'),
    version: versionField,
  }),
  save: (res, _child, value, episode) =>
    stepUpToChildProtection(dbOf(res), actorOf(res), {
      episodeId: episode.id,
      version: value.version,
      steppedUpOn: value.steppedUpOn!,
      reason: value.reason,
    }),
  done: done('The step-up to child protection is recorded: now record the strategy discussion'),
};

export const endForm: RecordForm<
  Awaited<ReturnType<typeof openEpisodeOfChild>>,
  { reason: keyof typeof endReasons; detail: string; version: number }
> = {
  path: `${base}/end`,
  record: 'family_help_episodes',
  recordId: 'episodeId',
  permission: 'familyhelp:record',
  title: 'End Family Help',
  button: 'End Family Help',
  load: (res, child, req) => openEpisodeOfChild(res, child, req),
  initial: (episode) => ({ version: String(episode.version) }),
  fields: () => [
    { kind: 'date', name: 'endDate', legend: 'End date' },
    { kind: 'radios', name: 'reason', legend: 'How Family Help ends', items: items(endReasons) },
    { kind: 'textarea', name: 'detail', label: 'Why', hint: 'For example, the needs in the family plan are met' },
  ],
  dates: (res, episode) => ({
    endDate: pastDate(res, 'The end date', episode.start_date, 'The end date must be on or after Family Help started'),
  }),
  schema: z.object({
    reason: codeOf(endReasons, 'Select how Family Help ends'),
    detail: requiredText(2000, 'Enter why Family Help ends', 'The reason must be 2000 characters or fewer'),
    version: versionField,
  }),
  save: (res, _child, value, episode) =>
    endFamilyHelp(dbOf(res), actorOf(res), {
      episodeId: episode.id,
      version: value.version,
      endDate: value.endDate!,
      reason: value.reason,
      detail: value.detail,
    }),
  done: done('Family Help has ended'),
};
