// Setting up multi-agency child protection teams and their members (administrators and service
// managers), and the teams a person belongs to. The team's children and what is due for them are
// the app's page (they read every area's due items).
import type { Response } from 'express';
import { z } from 'zod';
import { codeEntries } from '../../core/codeLists.ts';
import { NotFoundError } from '../../core/errors.ts';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { fieldText, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { roleTitles } from '../../platform/access/roles.ts';
import {
  chosenId,
  codeOf,
  conflictErrors,
  dateInputs,
  formBody,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  optionalText,
  readDate,
  refusalErrors,
  requiredText,
  today,
  versionField,
} from '../../platform/web/childPages.ts';
import { agencies } from './codes.ts';
import {
  addTeamMember,
  memberLeaves,
  multiAgencyTeam,
  multiAgencyTeams,
  setUpMultiAgencyTeam,
  teamMembers,
  teamsOfMember,
  type NewMember,
} from './teamStore.ts';

const on = (res: Response) => today(res).toString();
const teamOf = (res: Response) => multiAgencyTeam(res.locals.services.db, idParam(res.req, 'teamId'));
const membersPath = (teamId: number) => `/multi-agency-teams/${teamId}/members`;

const nameSchema = z.object({
  name: requiredText(200, 'Enter the team’s name', 'The team’s name must be 200 characters or fewer'),
});

const memberSchema = z
  .object({
    version: versionField,
    who: z.enum(['account', 'named'], { error: 'Select whether they have a Harbour account' }),
    userId: z.union([z.literal('').transform(() => undefined), chosenId('Select their Harbour account')]).optional(),
    name: optionalText(200, 'Their name'),
    agency: codeOf(agencies, 'Select their agency'),
    role: requiredText(200, 'Enter their role', 'Their role must be 200 characters or fewer'),
    phone: optionalText(40, 'Their phone number'),
    email: optionalText(254, 'Their email address').refine(
      (email) => email === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email),
      'Enter an email address in the correct format, like name@example.org',
    ),
  })
  .superRefine((value, context) => {
    if (value.who === 'account' && value.userId === undefined)
      context.addIssue({ code: 'custom', path: ['userId'], message: 'Select their Harbour account' });
    if (value.who === 'named' && !value.name)
      context.addIssue({ code: 'custom', path: ['name'], message: 'Enter their name' });
  });

const leavingSchema = z.object({ version: versionField });

const agencyName = (code: string) => agencies[code as keyof typeof agencies] ?? code;

async function renderMembers(res: Response) {
  const team = await teamOf(res);
  const members = await teamMembers(res.locals.services.db, team.id, on(res));
  const view = (member: (typeof members.current)[number]) => ({ ...member, agencyName: agencyName(member.agency) });
  res.render('protection/macp-members', {
    pageTitle: `${team.name}: members`,
    team,
    current: members.current.map(view),
    past: members.past.map(view),
  });
}

/** The form recording that a member left: the member in the path, a current member of this team. */
async function renderLeaving(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  const team = await teamOf(res);
  const members = await teamMembers(res.locals.services.db, team.id, on(res));
  const member = members.current.find((row) => row.id === idParam(res.req, 'memberId'));
  if (!member) throw new NotFoundError('member not found');
  res.status(status).render('protection/macp-member-leaving', {
    pageTitle: `${member.shownName} leaves ${team.name}`,
    team,
    member: { ...member, agencyName: agencyName(member.agency) },
    values: {
      ...values,
      version: typeof values.version === 'string' && status !== 409 ? values.version : String(member.version),
    },
    errors,
    dates: dateInputs(values, errors, ['leftOn']),
  });
}

async function renderNewMember(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  const team = await teamOf(res);
  const users = await res.locals.services.db
    .selectFrom('users')
    .select(['id', 'display_name', 'username', 'roles'])
    .where('disabled_at', 'is', null)
    .orderBy('display_name')
    .execute();
  const chosen = fieldText(values.userId);
  res.status(status).render('protection/macp-member-new', {
    pageTitle: `Add a member to ${team.name}`,
    team,
    values: { ...values, version: typeof values.version === 'string' ? values.version : String(team.version) },
    errors,
    dates: dateInputs(values, errors, ['joinedOn']),
    whoItems: [
      { value: 'account', text: 'Someone with a Harbour account', checked: values.who === 'account' },
      { value: 'named', text: 'A professional without a Harbour account', checked: values.who === 'named' },
    ],
    userItems: [
      { value: '', text: 'Choose an account' },
      ...users.map((user) => ({
        value: String(user.id),
        text: `${user.display_name} (${user.roles.map((role) => roleTitles[role]).join(', ')})`,
        selected: chosen === String(user.id),
      })),
    ],
    agencyItems: [
      { value: '', text: 'Choose an agency' },
      ...codeEntries(agencies).map(([value, text]) => ({ value, text, selected: values.agency === value })),
    ],
  });
}

export const macpTeamRoutes = new RouteTable()
  .get('/multi-agency-teams', { permission: 'macp:manage', audit: 'none' }, async (_req, res) => {
    res.render('protection/macp-teams', {
      pageTitle: 'Multi-agency child protection teams',
      teams: await multiAgencyTeams(res.locals.services.db, on(res)),
    });
  })
  .get('/multi-agency-teams/new', { permission: 'macp:manage', audit: 'none' }, (_req, res) =>
    res.render('protection/macp-team-new', { pageTitle: 'Set up a multi-agency child protection team', values: {} }),
  )
  .post('/multi-agency-teams/new', { permission: 'macp:manage' }, async (req, res) => {
    const form = parseForm(nameSchema, formBody(req));
    const show = (errors: FormErrors) =>
      res.status(400).render('protection/macp-team-new', {
        pageTitle: 'Set up a multi-agency child protection team',
        values: formBody(req),
        errors,
      });
    if (!form.ok) return show(form.errors);
    try {
      const team = await setUpMultiAgencyTeam(res.locals.services.db, res.locals.actor, form.value.name);
      req.session.flash = `${team.name} is set up: add its members`;
      res.redirect(membersPath(team.id));
    } catch (error) {
      const refusal = refusalErrors(error);
      if (!refusal) throw error;
      show(refusal);
    }
  })
  .get('/multi-agency-teams/:teamId/members', { permission: 'macp:manage', audit: 'none' }, (_req, res) =>
    renderMembers(res),
  )
  .get('/multi-agency-teams/:teamId/members/new', { permission: 'macp:manage', audit: 'none' }, (_req, res) =>
    renderNewMember(res, {}),
  )
  .post('/multi-agency-teams/:teamId/members/new', { permission: 'macp:manage' }, async (req, res) => {
    const team = await teamOf(res);
    const values = formBody(req);
    const errors = noErrors();
    const joinedOn = readDate(
      values,
      'joinedOn',
      {
        label: 'The date they joined',
        notAfter: today(res).add({ months: 3 }),
        notAfterMessage: 'The date they joined must be no more than 3 months from today',
      },
      errors,
    );
    const form = parseForm(memberSchema, values);
    mergeErrors(errors, form.ok ? undefined : form.errors);
    if (!form.ok || !joinedOn || hasErrors(errors)) return renderNewMember(res, values, errors, 400);
    const { who, userId, name, agency, role, phone, email, version } = form.value;
    const common = { agency, role, phone, email, joinedOn };
    const member: NewMember = who === 'account' ? { ...common, userId: userId! } : { ...common, name: name! };
    try {
      await addTeamMember(res.locals.services.db, res.locals.actor, { teamId: team.id, version, member });
    } catch (error) {
      const problem = conflictErrors(error) ?? refusalErrors(error, ['joinedOn']);
      if (!problem) throw error;
      // Someone else changed the team: the form is shown again against its new version.
      return renderNewMember(res, { ...values, version: undefined }, problem, conflictErrors(error) ? 409 : 400);
    }
    req.session.flash = 'The member is added to the team';
    res.redirect(membersPath(team.id));
  })
  .get(
    '/multi-agency-teams/:teamId/members/:memberId/leaving',
    { permission: 'macp:manage', audit: 'none' },
    (_req, res) => renderLeaving(res, {}),
  )
  .post('/multi-agency-teams/:teamId/members/:memberId/leaving', { permission: 'macp:manage' }, async (req, res) => {
    const team = await teamOf(res);
    const memberId = idParam(req, 'memberId');
    const values = formBody(req);
    const errors = noErrors();
    const leftOn = readDate(values, 'leftOn', { label: 'The date they left', notAfter: today(res) }, errors);
    const form = parseForm(leavingSchema, values);
    mergeErrors(errors, form.ok ? undefined : form.errors);
    if (!form.ok || !leftOn || hasErrors(errors)) return renderLeaving(res, values, errors, 400);
    try {
      await memberLeaves(res.locals.services.db, res.locals.actor, {
        teamId: team.id,
        memberId,
        version: form.value.version,
        leftOn,
      });
    } catch (error) {
      const conflict = conflictErrors(error);
      if (conflict) return renderLeaving(res, values, conflict, 409);
      const refusal = refusalErrors(error, ['leftOn']);
      if (!refusal) throw error;
      return renderLeaving(res, values, refusal, 400);
    }
    req.session.flash = 'The member’s leaving date is recorded';
    res.redirect(membersPath(team.id));
  })
  .get('/my-multi-agency-teams', { permission: 'macp:view', audit: 'none' }, async (_req, res) => {
    const { db } = res.locals.services;
    const user = res.locals.user!;
    const manages = user.roles.includes('service-manager') || user.roles.includes('team-manager');
    res.render('protection/macp-mine', {
      pageTitle: 'Multi-agency child protection teams',
      teams: manages ? await multiAgencyTeams(db, on(res)) : await teamsOfMember(db, user.id, on(res)),
    });
  });
