import type { Response } from 'express';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { defaultTimescaleSettings, type TimescaleSettings } from '../../core/timescales/settings.ts';
import {
  councilTimescaleSettings,
  saveCouncilTimescaleSettings,
  timescaleSettingsSchema,
} from '../../platform/settings/timescaleSettings.ts';
import { timescaleRules } from '../../reports/timescales/index.ts';

/** The number fields of the settings page, in the order of the child's journey. */
const numberFields: { name: keyof TimescaleSettings; label: string; suffix: string }[] = [
  {
    name: 'strategyDiscussionWorkingDays',
    label: 'Strategy discussion held within',
    suffix: 'working days of the decision',
  },
  { name: 'childProtectionVisitWorkingDays', label: 'Child protection visits at least every', suffix: 'working days' },
  {
    name: 'childProtectionPlanSeniorOversightMonths',
    label: 'Senior manager review of a child protection plan at',
    suffix: 'months',
  },
  { name: 'childInNeedVisitWorkingDays', label: 'Child in need visits at least every', suffix: 'working days' },
  { name: 'childInNeedReviewWeeks', label: 'Child in need plan reviews at least every', suffix: 'weeks' },
  {
    name: 'personalEducationPlanReviewMonths',
    label: 'Personal education plan reviewed at least every',
    suffix: 'months',
  },
  { name: 'personalEducationPlanFromAge', label: 'Personal education plans from age', suffix: 'years' },
  {
    name: 'missingManagerReviewWorkingDays',
    label: 'Manager comment on a return home interview within',
    suffix: 'working days',
  },
  { name: 'preProceedingsReviewWeeks', label: 'PLO review meetings at least every', suffix: 'weeks' },
  { name: 'preProceedingsDecisionWeeks', label: 'PLO decision within', suffix: 'weeks of the meeting' },
  {
    name: 'careLeaverAnnualContactToAge',
    label: 'Keep in touch with care leavers yearly up to age',
    suffix: '(0 for no yearly contact after 21)',
  },
];

function render(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  res.status(status).render('pages/timescale-settings', {
    pageTitle: 'Local timescale standards',
    values,
    errors,
    numberFields,
    defaults: defaultTimescaleSettings,
    rules: timescaleRules,
  });
}

export const timescaleSettingsRoutes = new RouteTable()
  .get('/admin/settings/timescales', { permission: 'settings:manage', audit: 'none' }, async (_req, res) =>
    render(res, { ...(await councilTimescaleSettings(res.locals.services.db)) }),
  )
  .post('/admin/settings/timescales', { permission: 'settings:manage' }, async (req, res) => {
    const form = parseForm(timescaleSettingsSchema, req.body);
    if (!form.ok) return render(res, req.body, form.errors, 400);
    await saveCouncilTimescaleSettings(res.locals.services.db, res.locals.actor, form.value);
    req.session.flash = 'The local timescale standards are saved. Due dates use them from now on.';
    res.redirect('/admin/settings/timescales');
  });
