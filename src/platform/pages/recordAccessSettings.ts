// The council's choice of need-to-know access (a reason from anyone not working with the child)
// or open access (every view still audited).
import type { Response } from 'express';
import { z } from 'zod';
import { RouteTable } from '../web/routeSpec.ts';
import { parseForm, singleError, type FormErrors } from '../web/forms.ts';
import { noErrors, readVersion } from '../web/childPages.ts';
import { VersionConflictError } from '../../core/errors.ts';
import { readVersionedCouncilSetting, writeCouncilSetting } from '../settings/councilSettings.ts';
import { recordAccessSetting } from '../settings/recordAccess.ts';

const path = '/admin/settings/record-access';
const readSetting = (res: Response) =>
  readVersionedCouncilSetting(
    res.locals.services.db,
    recordAccessSetting.key,
    recordAccessSetting.schema,
    recordAccessSetting.defaults,
  );

function render(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  res.status(status).render('admin/record-access', { pageTitle: 'Who may open a child’s record', values, errors });
}

const accessForm = z.object({
  access: z.enum(['need-to-know', 'open'], { error: 'Select who may open a child’s record' }),
});

export const recordAccessSettingsRoutes = new RouteTable()
  .get(path, { permission: 'settings:manage', audit: 'none' }, async (_req, res) => {
    const { value, version } = await readSetting(res);
    render(res, { access: value.needToKnow ? 'need-to-know' : 'open', version: String(version) });
  })
  .post(path, { permission: 'settings:manage' }, async (req, res) => {
    const form = parseForm(accessForm, req.body);
    if (!form.ok) return render(res, req.body, form.errors, 400);
    const versionErrors = noErrors();
    const version = readVersion(req.body, versionErrors);
    if (version === undefined) return render(res, req.body, versionErrors, 400);
    try {
      await writeCouncilSetting(
        res.locals.services.db,
        res.locals.actor,
        recordAccessSetting.key,
        { needToKnow: form.value.access === 'need-to-know' },
        version,
      );
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      const { version: current } = await readSetting(res);
      const conflict = singleError(
        'access',
        'Someone else changed this setting while you were working on it. Yours is not saved: check your choice and save it again.',
      );
      return render(res, { ...req.body, version: String(current) }, conflict, 409);
    }
    req.session.flash =
      form.value.access === 'need-to-know'
        ? 'People not working with a child now give a reason before opening their record'
        : 'Anyone who may view children now opens their records without giving a reason';
    res.redirect(path);
  });
