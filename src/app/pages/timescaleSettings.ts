import type { Response } from 'express';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { fieldText, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import type { TimescaleSetting } from '../../core/timescales/settings.ts';
import { saveCouncilTimescaleSettings } from '../../platform/settings/timescaleSettings.ts';
import {
  councilTimescaleSettings,
  councilTimescaleSettingsSchema,
  defaultTimescaleSettings,
  timescaleSettingFields,
} from '../../reports/timescales/settings.ts';
import { timescaleRules } from '../../reports/timescales/index.ts';

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

function render(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  res.status(status).render('pages/timescale-settings', {
    pageTitle: 'Local timescale standards',
    values,
    errors,
    fields: timescaleSettingFields.map((field) => ({ ...field, items: radioItems(field, values[field.name]) })),
    defaults: defaultTimescaleSettings,
    rules: timescaleRules,
  });
}

export const timescaleSettingsRoutes = new RouteTable()
  .get('/admin/settings/timescales', { permission: 'settings:manage', audit: 'none' }, async (_req, res) =>
    render(res, { ...(await councilTimescaleSettings(res.locals.services.db)) }),
  )
  .post('/admin/settings/timescales', { permission: 'settings:manage' }, async (req, res) => {
    const form = parseForm(councilTimescaleSettingsSchema, req.body);
    if (!form.ok) return render(res, req.body, form.errors, 400);
    await saveCouncilTimescaleSettings(res.locals.services.db, res.locals.actor, form.value);
    req.session.flash = 'The local timescale standards are saved. Due dates use them from now on.';
    res.redirect('/admin/settings/timescales');
  });
