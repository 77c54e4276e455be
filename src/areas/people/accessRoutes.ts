// Restricted records: opening one by breaking glass, restricting a record and granting access,
// and the managers' review of break-glass openings.
import { z } from 'zod';
import type { Response } from 'express';
import { RouteTable, type FormRequest } from '../../platform/web/routeSpec.ts';
import { fitsInteger, parseForm, singleError } from '../../platform/web/forms.ts';
import { inPageOrder } from '../../platform/web/pageHelpers.ts';
import { NotFoundError, ValidationError, VersionConflictError } from '../../core/errors.ts';
import { findAuditEvents } from '../../platform/access/audit.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { findUserByUsername } from '../../platform/access/users.ts';
import {
  breakGlass,
  breakGlassHours,
  grantAccess,
  giveRecordAccessReason,
  grantsInForce,
  reviewOpening,
  unreviewedAccessReasons,
  unreviewedBreakGlass,
  withNamesShownTo,
} from '../../platform/access/recordScope.ts';
import {
  addError,
  childNamedInPath,
  openingOf,
  formBody,
  hasErrors,
  noErrors,
  readDate,
  today,
} from '../../platform/web/childPages.ts';
import {
  accessReasonSchema,
  grantSchema,
  nameShownTo,
  pageAfterReason,
  renderAccess,
  renderAccessReason,
  restrictionSchema,
} from './presenters.ts';

export const recordAccessRoutes = new RouteTable()
  .get('/children/:id/restricted', { permission: 'child:view', audit: 'none' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    res.render('people/restricted', { pageTitle: 'This record is restricted', child, breakGlassHours });
  })
  // Breaking glass is for people who work with children; the read-only inspector needs a grant.
  .post('/children/:id/restricted', { permission: 'child:record' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const form = parseForm(
      z.object({
        reason: z
          .string()
          .trim()
          .min(10, 'Explain why you need to open this record, in at least 10 characters')
          .max(1000, 'Reason must be 1000 characters or fewer'),
      }),
      req.body,
    );
    if (!form.ok)
      return res.status(400).render('people/restricted', {
        pageTitle: 'This record is restricted',
        child,
        breakGlassHours,
        errors: form.errors,
        values: req.body,
      });
    await breakGlass(
      res.locals.services.db,
      { ...res.locals.actor, userId: res.locals.user!.id },
      child.id,
      form.value.reason,
    );
    res.redirect(`/children/${child.id}`);
  })
  // Need to know: someone who does not work with the child says why they are opening the record.
  .get('/children/:id/why', { permission: 'child:record', audit: 'none' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const then = pageAfterReason(child.id, req.query.then);
    const opening = await openingOf(req, res, child);
    if (opening === 'restricted') return res.redirect(`/children/${child.id}/restricted`);
    if (opening === 'open') return res.redirect(then);
    renderAccessReason(res, child, then);
  })
  .post('/children/:id/why', { permission: 'child:record' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const body = formBody(req);
    const then = pageAfterReason(child.id, body.then);
    if (child.access_restriction) return res.redirect(`/children/${child.id}/restricted`);
    const form = parseForm(accessReasonSchema, body);
    if (!form.ok) return renderAccessReason(res, child, then, form.errors, body, 400);
    await giveRecordAccessReason(
      res.locals.services.db,
      { ...res.locals.actor, userId: res.locals.user!.id },
      { childId: child.id, ...form.value, today: today(res).toString() },
    );
    res.redirect(then);
  })
  .get(
    '/children/:id/access-log',
    { permission: 'child:oversee', audit: { event: 'child-record-viewed', record: 'access_log' } },
    async (req, res) => {
      const child = await childNamedInPath(req, res, 'id');
      const { db } = res.locals.services;
      const { rows } = await findAuditEvents(db, { childId: String(child.id), limit: 500, offset: 0 });
      const childName = await nameShownTo(db, res.locals.user!, child);
      res.render('people/access-log', {
        pageTitle: `Who viewed and changed the record of ${childName}`,
        child,
        childName,
        rows,
      });
    },
  )
  .get(
    '/children/:id/access',
    { permission: 'child:oversee', audit: { event: 'child-record-viewed', record: 'access' } },
    async (req, res) => renderAccess(req, res),
  )
  .post('/children/:id/access/restriction', { permission: 'child:oversee' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const form = parseForm(restrictionSchema, req.body);
    if (!form.ok) return renderAccess(req, res, form.errors, req.body, 400);
    try {
      await amendRecord(res.locals.services.db, res.locals.actor, {
        table: 'children',
        recordId: child.id,
        childId: child.id,
        version: form.value.version,
        changes: { access_restriction: form.value.restriction === 'none' ? null : form.value.restriction },
        reason: form.value.reason,
      });
    } catch (error) {
      if (error instanceof VersionConflictError)
        return renderAccess(
          req,
          res,
          singleError(
            'restriction',
            'Someone else changed this record while you were working. Check the restriction below and try again.',
          ),
          {},
          409,
        );
      throw error;
    }
    req.session.flash =
      form.value.restriction === 'none' ? 'The record is no longer restricted' : 'The record is restricted';
    res.redirect(`/children/${child.id}/access`);
  })
  .post('/children/:id/access/grants', { permission: 'access:grant' }, async (req, res) => {
    const child = await childNamedInPath(req, res, 'id');
    const body = formBody(req);
    const form = parseForm(grantSchema, body);
    const errors = form.ok ? noErrors() : form.errors;
    // The restriction form above holds the page's other reason field.
    for (const item of errors.list) if (item.href === '#reason') item.href = '#grantReason';
    const user = form.ok ? await findUserByUsername(res.locals.services.db, form.value.username) : undefined;
    if (form.ok && !user) addError(errors, 'username', 'Enter the username of someone who uses Harbour');
    const endsOn = readDate(body, 'endsOn', { label: 'The date access ends', notBefore: today(res) }, errors);
    if (!form.ok || !user || !endsOn || hasErrors(errors))
      return renderAccess(req, res, inPageOrder(errors, ['username', 'reason', 'endsOn']), body, 400);
    try {
      await grantAccess(res.locals.services.db, res.locals.actor, {
        childId: child.id,
        userId: user.id,
        reason: form.value.reason,
        endsOn,
      });
    } catch (error) {
      if (error instanceof ValidationError)
        return renderAccess(req, res, singleError(error.field, error.message), body, 400);
      throw error;
    }
    req.session.flash = `${user.display_name} can now open this record`;
    res.redirect(`/children/${child.id}/access`);
  })
  .get(
    '/oversight/break-glass',
    { permission: 'child:oversee', audit: 'children-listed' },
    async (_req, res, { listed }) => {
      const { db } = res.locals.services;
      const user = res.locals.user!;
      const [openings, grants, reasons] = await Promise.all([
        unreviewedBreakGlass(db).then((rows) => withNamesShownTo(db, user, rows)),
        grantsInForce(db).then((rows) => withNamesShownTo(db, user, rows)),
        unreviewedAccessReasons(db, user, today(res).toString()),
      ]);
      await listed([...openings, ...grants, ...reasons].map((row) => row.child_id));
      res.render('people/break-glass', { pageTitle: 'Records opened to review', openings, grants, reasons });
    },
  )
  .post('/oversight/break-glass/:id', { permission: 'child:oversee' }, (req, res) =>
    markReviewed(req, res, 'break_glass_openings', 'Break-glass opening marked as reviewed'),
  )
  .post('/oversight/access-reasons/:id', { permission: 'child:oversee' }, async (req, res) => {
    // A team manager reviews the reasons given for their team's children only.
    const theirs = await unreviewedAccessReasons(res.locals.services.db, res.locals.user!, today(res).toString());
    if (!theirs.some((reason) => String(reason.id) === req.params.id)) throw new NotFoundError();
    return markReviewed(req, res, 'record_access_reasons', 'Reason for opening a record marked as reviewed');
  });

async function markReviewed(
  req: FormRequest,
  res: Response,
  table: 'break_glass_openings' | 'record_access_reasons',
  flash: string,
) {
  const id = Number(req.params.id);
  const form = parseForm(
    z.object({ note: z.string().trim().max(1000, 'Note must be 1000 characters or fewer').default('') }),
    req.body,
  );
  if (!Number.isInteger(id) || !fitsInteger(id) || !form.ok) throw new NotFoundError();
  const reviewed = await reviewOpening(
    res.locals.services.db,
    { userId: res.locals.user!.id },
    { table, id },
    form.value.note,
  );
  if (!reviewed) throw new NotFoundError();
  req.session.flash = flash;
  res.redirect('/oversight/break-glass');
}
