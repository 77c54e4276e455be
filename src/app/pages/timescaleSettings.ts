import type { Response } from 'express';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { fieldText, parseForm, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { noErrors, readVersion } from '../../platform/web/childPages.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { TimescaleSetting } from '../../core/timescales/settings.ts';
import { saveCouncilTimescaleSettings } from '../../platform/settings/timescaleSettings.ts';
import {
  councilTimescaleSettingsSchema,
  defaultTimescaleSettings,
  timescaleSettingFields,
  versionedCouncilTimescaleSettings,
} from '../../reports/timescales/settings.ts';
import { timescaleRules } from '../../reports/timescales/index.ts';
import { dueItemsRebuildJob, dueItemsRebuildState } from '../../reports/journey/storedDueItems.ts';

/** Radio items for a choice or a yes/no standard, the council's current one checked. */
function radioItems(field: TimescaleSetting, value: unknown) {
  const chosen = value === true ? 'yes' : value === false ? 'no' : fieldText(value);
  if (field.kind === 'choice') return field.options.map((option) => ({ ...option, checked: chosen === option.value }));
  if (field.kind === 'yes-no')
    return [
      { value: 'no', text: field.no, checked: chosen !== 'yes' },
      { value: 'yes', text: field.yes, checked: chosen === 'yes' },
    ];
  return [];
}

async function render(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  res.status(status).render('pages/timescale-settings', {
    rebuild: await dueItemsRebuildState(res.locals.services.db),
    pageTitle: 'Local timescale standards',
    values,
    errors,
    fields: timescaleSettingFields.map((field) => ({ ...field, items: radioItems(field, values[field.name]) })),
    defaults: defaultTimescaleSettings,
    rules: timescaleRules,
  });
}

const conflictErrors = singleError(
  timescaleSettingFields[0]!.name,
  'Someone else saved the local standards while you were working on them. Yours are not saved: what you entered is shown. Reload the page in another tab to see theirs, then save yours again.',
);

export const timescaleSettingsRoutes = new RouteTable()
  .get('/admin/settings/timescales', { permission: 'settings:manage', audit: 'none' }, async (_req, res) => {
    const { value, version } = await versionedCouncilTimescaleSettings(res.locals.services.db);
    await render(res, { ...value, version: String(version) });
  })
  .post('/admin/settings/timescales', { permission: 'settings:manage' }, async (req, res) => {
    const form = parseForm(councilTimescaleSettingsSchema, req.body);
    if (!form.ok) return render(res, req.body, form.errors, 400);
    const { db } = res.locals.services;
    const versionErrors = noErrors();
    const version = readVersion(req.body, versionErrors);
    if (version === undefined) return render(res, req.body, versionErrors, 400);
    try {
      // Every child's due dates change with the standards: recomputed in the background, by a job
      // recorded in the save's transaction, so the standards never change without it.
      await res.locals.services.jobs.enqueue(dueItemsRebuildJob, res.locals.user!.username, (trx) =>
        saveCouncilTimescaleSettings(trx, res.locals.actor, form.value, version),
      );
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      // Someone saved the standards since this page was opened: nothing is overwritten, what this
      // person typed is kept, with the version now saved, to check and send again.
      const { version: current } = await versionedCouncilTimescaleSettings(db);
      return render(res, { ...req.body, version: String(current) }, conflictErrors, 409);
    }
    req.session.flash =
      'The local timescale standards are saved. The due and overdue lists are being brought up to date with them.';
    res.redirect('/admin/settings/timescales');
  });
