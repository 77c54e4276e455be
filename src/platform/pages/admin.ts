import { listPage, pageAskedFor } from '../web/pagination.ts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../web/routeSpec.ts';
import { asList, fitsInteger, parseForm, singleError, type FormErrors } from '../web/forms.ts';
import { parseFormWithDates } from '../web/dateInput.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors.ts';
import { isPartner, isRole, roleTitles } from '../access/roles.ts';
import { newPasswordSchema } from '../access/passwords.ts';
import { accountClosed } from '../access/signIn.ts';
import {
  addUser,
  findUserById,
  listUsers,
  resetPassword,
  setUserDisabled,
  updateUser,
  verifyPartner,
} from '../access/users.ts';
import { accessEndDate, conflictErrors, partnerErrors, renderUserForm, userValues } from './userForms.ts';
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
  organisation: z.string().trim().max(200, 'Organisation must be 200 characters or fewer').optional(),
  roleAtOrganisation: z
    .string()
    .trim()
    .max(200, 'Their role at the organisation must be 200 characters or fewer')
    .optional(),
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

async function userFromParams(req: Request, res: Response) {
  const id = Number(req.params.id);
  const user =
    Number.isInteger(id) && id > 0 && fitsInteger(id) ? await findUserById(res.locals.services.db, id) : undefined;
  if (!user) throw new NotFoundError();
  return user;
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
    const today = res.locals.services.clock.today().toString();
    res.render('admin/users', {
      pageTitle: 'Users',
      users: users.map((u) => ({
        ...u,
        locked: u.locked_until !== null && u.locked_until > now,
        closed: accountClosed(u, today),
        partner: isPartner(u.roles),
      })),
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
    const today = res.locals.services.clock.today().toString();
    const partnerProblems = partnerErrors(form.value, today);
    if (partnerProblems) return renderUserForm(res, 'admin/user-new', values, partnerProblems, 400);
    try {
      const user = await addUser(
        res.locals.services.db,
        res.locals.actor,
        { ...form.value, roles: form.value.roles },
        today,
      );
      if (isPartner(user.roles)) {
        req.session.flash = `${user.display_name}’s account is added. Verify it once you have confirmed they work at ${user.organisation}: until then they cannot sign in.`;
        return res.redirect(`/admin/users/${user.id}`);
      }
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
    const today = res.locals.services.clock.today().toString();
    const errors = form.ok ? partnerErrors(form.value, today) : form.errors;
    if (!form.ok || errors)
      return renderUserForm(
        res,
        'admin/user-edit',
        { ...userValues(user), ...req.body, version: user.version },
        errors,
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
        today,
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
  .post('/admin/users/:id/verify', { permission: 'users:manage' }, async (req, res) => {
    const user = await userFromParams(req, res);
    const form = parseForm(versionSchema, req.body);
    if (!form.ok)
      return renderUserForm(
        res,
        'admin/user-edit',
        userValues(user),
        singleError('verify', 'Reload the page and try again'),
        400,
      );
    try {
      await verifyPartner(res.locals.services.db, res.locals.actor, user.id, form.value.version);
    } catch (error) {
      if (error instanceof VersionConflictError)
        return renderUserForm(
          res,
          'admin/user-edit',
          userValues(await userFromParams(req, res)),
          conflictErrors(),
          409,
        );
      if (error instanceof ValidationError)
        return renderUserForm(res, 'admin/user-edit', userValues(user), singleError(error.field, error.message), 400);
      throw error;
    }
    req.session.flash = `${user.display_name}’s account is verified: they can sign in until the end of their last day of access`;
    res.redirect(`/admin/users/${user.id}`);
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
