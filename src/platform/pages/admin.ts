import { listPage, pageAskedFor } from '../web/pagination.ts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../web/routeSpec.ts';
import { asList, fieldText, fitsInteger, parseForm, singleError, type FormErrors } from '../web/forms.ts';
import { dateInputItems, parseFormWithDates } from '../web/dateInput.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors.ts';
import { listTeams } from '../access/teams.ts';
import { isRole, roles, roleTitles } from '../access/roles.ts';
import { newPasswordSchema } from '../access/passwords.ts';
import { addUser, findUserById, listUsers, resetPassword, setUserDisabled, updateUser } from '../access/users.ts';
import { auditEvents, findAuditEvents } from '../access/audit.ts';

const rolesField = z.preprocess(
  asList,
  z
    .array(z.string())
    .min(1, 'Select at least one role')
    .refine((values) => values.every(isRole), 'Select roles from the list'),
);
const teamField = z.preprocess(
  (value) => (value === '' || value === undefined ? null : Number(value)),
  z.number({ error: 'Select a team from the list' }).int().positive('Select a team from the list').nullable(),
);
const detailsSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter the full name').max(200, 'Full name must be 200 characters or fewer'),
  email: z
    .union([
      z.literal(''),
      z.string().trim().email('Enter an email address in the correct format, like name@example.gov.uk'),
    ])
    .optional(),
  roles: rolesField,
  teamId: teamField,
});
const newUserSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9][a-z0-9._-]{1,62}$/,
      'Username must be 2 to 63 lower-case letters, numbers, dots, hyphens or underscores',
    ),
  ...detailsSchema.shape,
  password: newPasswordSchema,
});
const versionSchema = z.object({ version: z.coerce.number().int().positive() });
const passwordSchema = z.object({ password: newPasswordSchema, ...versionSchema.shape });

const roleItems = (selected: readonly string[] = []) =>
  roles.map((role) => ({ value: role, text: roleTitles[role], checked: selected.includes(role) }));

async function formOptions(res: Response, selectedTeam: number | null | undefined) {
  const teams = await listTeams(res.locals.services.db);
  return [
    { value: '', text: 'No team' },
    ...teams.map((team) => ({ value: String(team.id), text: team.name, selected: team.id === selectedTeam })),
  ];
}

async function userFromParams(req: Request, res: Response) {
  const id = Number(req.params.id);
  const user =
    Number.isInteger(id) && id > 0 && fitsInteger(id) ? await findUserById(res.locals.services.db, id) : undefined;
  if (!user) throw new NotFoundError();
  return user;
}

/** Inspectors' access is time-boxed: the last day the account may sign in. */
const accessEndDate = (res: Response) => ({
  accessEndsOn: {
    label: 'Last day of access',
    required: false,
    notBefore: res.locals.services.clock.today(),
    notBeforeMessage: 'Last day of access must be today or in the future',
  },
});

async function renderUserForm(
  res: Response,
  template: string,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const teamId = values.teamId === undefined || values.teamId === '' ? null : Number(values.teamId);
  res.status(status).render(template, {
    accessEndsOnItems: dateInputItems(
      'accessEndsOn',
      values,
      values.accessEndsOn as string | null | undefined,
      Boolean(errors?.fields.accessEndsOn),
    ),
    pageTitle: template === 'admin/user-new' ? 'Add a user' : `Change ${fieldText(values.displayName) || 'user'}`,
    values,
    errors,
    roleItems: roleItems(asList(values.roles)),
    teamItems: await formOptions(res, teamId),
  });
}

function conflictErrors(): FormErrors {
  return singleError(
    'displayName',
    'Someone else changed this user while you were editing. Their changes are shown below: check them and make your change again.',
  );
}

const auditFilterSchema = z.object({
  username: z.string().trim().max(100).optional(),
  event: z.union([z.literal(''), z.enum(auditEvents)]).optional(),
  from: z.union([z.literal(''), z.iso.date('Enter the from date as YYYY-MM-DD')]).optional(),
  to: z.union([z.literal(''), z.iso.date('Enter the to date as YYYY-MM-DD')]).optional(),
  page: z.coerce.number().int().positive().max(100000).optional(),
});
const auditPageSize = 50;

export const adminRoutes = new RouteTable()
  .get('/admin/users', { permission: 'users:manage', audit: 'none' }, async (_req, res) => {
    const users = await listUsers(res.locals.services.db);
    const now = new Date();
    res.render('admin/users', {
      pageTitle: 'Users',
      users: users.map((u) => ({ ...u, locked: u.locked_until !== null && u.locked_until > now })),
      roleTitles,
    });
  })
  .get('/admin/users/new', { permission: 'users:manage', audit: 'none' }, (_req, res) =>
    renderUserForm(res, 'admin/user-new', {}),
  )
  .post('/admin/users/new', { permission: 'users:manage' }, async (req, res) => {
    const form = parseFormWithDates(newUserSchema, req.body, accessEndDate(res));
    const values = { ...req.body, password: '' };
    if (!form.ok) return renderUserForm(res, 'admin/user-new', values, form.errors, 400);
    try {
      const user = await addUser(res.locals.services.db, res.locals.actor, { ...form.value, roles: form.value.roles });
      req.session.flash = `${user.display_name} can now sign in as ${user.username}`;
      res.redirect('/admin/users');
    } catch (error) {
      if (error instanceof ValidationError)
        return renderUserForm(res, 'admin/user-new', values, singleError(error.field, error.message), 400);
      throw error;
    }
  })
  .get('/admin/users/:id', { permission: 'users:manage', audit: 'none' }, async (req, res) => {
    const user = await userFromParams(req, res);
    await renderUserForm(res, 'admin/user-edit', { ...userValues(user) });
  })
  .post('/admin/users/:id', { permission: 'users:manage' }, async (req, res) => {
    const user = await userFromParams(req, res);
    const form = parseFormWithDates(detailsSchema.extend(versionSchema.shape), req.body, accessEndDate(res));
    if (!form.ok)
      return renderUserForm(
        res,
        'admin/user-edit',
        { ...userValues(user), ...req.body, version: user.version },
        form.errors,
        400,
      );
    try {
      await updateUser(
        res.locals.services.db,
        res.locals.actor,
        user.id,
        form.value.version,
        { ...form.value, roles: form.value.roles },
        req.sessionID,
      );
    } catch (error) {
      if (error instanceof VersionConflictError)
        return renderUserForm(res, 'admin/user-edit', userValues(user), conflictErrors(), 409);
      if (error instanceof ValidationError)
        return renderUserForm(
          res,
          'admin/user-edit',
          { ...userValues(user), ...req.body, version: user.version },
          singleError(error.field, error.message),
          400,
        );
      throw error;
    }
    req.session.flash = `${form.value.displayName}'s details are saved`;
    res.redirect('/admin/users');
  })
  .post('/admin/users/:id/status', { permission: 'users:manage' }, async (req, res) => {
    const user = await userFromParams(req, res);
    const form = parseForm(versionSchema.extend({ action: z.enum(['disable', 'enable']) }), req.body);
    if (!form.ok) return renderUserForm(res, 'admin/user-edit', userValues(user), form.errors, 400);
    try {
      await setUserDisabled(
        res.locals.services.db,
        res.locals.actor,
        user.id,
        form.value.version,
        form.value.action === 'disable',
      );
    } catch (error) {
      if (error instanceof VersionConflictError)
        return renderUserForm(res, 'admin/user-edit', userValues(user), conflictErrors(), 409);
      if (error instanceof ValidationError)
        return renderUserForm(res, 'admin/user-edit', userValues(user), singleError(error.field, error.message), 400);
      throw error;
    }
    req.session.flash = `${user.display_name}'s account is ${form.value.action === 'disable' ? 'disabled' : 'enabled again'}`;
    res.redirect('/admin/users');
  })
  .get('/admin/users/:id/reset-password', { permission: 'users:manage', audit: 'none' }, async (req, res) => {
    const user = await userFromParams(req, res);
    res.render('admin/reset-password', { pageTitle: `Reset ${user.display_name}'s password`, subject: user });
  })
  .post('/admin/users/:id/reset-password', { permission: 'users:manage' }, async (req, res) => {
    const user = await userFromParams(req, res);
    const form = parseForm(passwordSchema, req.body);
    const render = (errors: FormErrors, status: number) =>
      res
        .status(status)
        .render('admin/reset-password', { pageTitle: `Reset ${user.display_name}'s password`, subject: user, errors });
    if (!form.ok) return render(form.errors, 400);
    try {
      await resetPassword(
        res.locals.services.db,
        res.locals.actor,
        user.id,
        form.value.version,
        form.value.password,
        req.sessionID,
      );
    } catch (error) {
      if (error instanceof VersionConflictError)
        return render(
          singleError('password', 'Someone else changed this user while you were working. Try again.'),
          409,
        );
      throw error;
    }
    req.session.flash = `${user.display_name}'s password is reset. Give it to them in person or by phone, not by email.`;
    res.redirect('/admin/users');
  })
  .get('/admin/audit', { permission: 'audit:view', audit: 'none' }, async (req, res) => {
    const form = parseForm(auditFilterSchema, req.query);
    const filter = form.ok ? form.value : {};
    const page = pageAskedFor(req, auditPageSize);
    const { rows, total } = await findAuditEvents(res.locals.services.db, {
      username: filter.username || undefined,
      event: filter.event || undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      limit: page.size,
      offset: page.offset,
    });
    const { pages, pagination } = listPage('/admin/audit', filter as Record<string, string | undefined>, page, total);
    res.status(form.ok ? 200 : 400).render('admin/audit', {
      pageTitle: 'Audit trail',
      rows,
      total,
      values: req.query,
      errors: form.ok ? undefined : form.errors,
      eventItems: [
        { value: '', text: 'Any event' },
        ...auditEvents.map((event) => ({ value: event, text: event, selected: event === filter.event })),
      ],
      pagination,
      page: page.number,
      pages,
    });
  });

function userValues(user: NonNullable<Awaited<ReturnType<typeof findUserById>>>) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    email: user.email ?? '',
    roles: user.roles,
    teamId: user.team_id === null ? '' : String(user.team_id),
    accessEndsOn: user.access_ends_on,
    version: user.version,
    disabled: user.disabled_at !== null,
    locked: user.locked_until !== null && user.locked_until > new Date(),
  };
}
