// Previous permanence (903 PrevPerm) as said when each period of care began: the page listing the
// periods, a form recording it for one, and its correction with a reason.
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { addRecordForm } from '../../platform/web/recordForm.ts';
import { addCorrection, rowOfChild } from '../../platform/web/correction.ts';
import {
  addError,
  codeItems,
  codeOf,
  found,
  idParam,
  renderChildPage,
  type Child,
} from '../../platform/web/childPages.ts';
import { Temporal } from 'temporal-polyfill';
import { previousPermanenceOptions } from './codes.ts';
import { previousPermanenceOf, recordPreviousPermanence } from './previousPermanence.ts';

const page = (child: Child) => `/children/${child.id}/previous-permanence`;

const routes = new RouteTable().get(
  '/children/:childId/previous-permanence',
  childRecordPage('child:view', 'previous_permanence'),
  async (_req, res, { child }) => {
    renderChildPage(res, 'care/previous-permanence', child, {
      pageTitle: 'Previous permanence',
      periods: await previousPermanenceOf(res.locals.services.db, child.id),
      options: previousPermanenceOptions,
    });
  },
);

/** Whether a year, month and day make a real date (31 February does not). */
function realDate(year: number, month: number, day: number) {
  try {
    Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

const part = (label: string, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, `${label} must be a number`)
    .transform((text) => (text === '' ? null : Number(text)))
    .refine((value) => value === null || (value >= 1 && value <= max), `${label} must be from 1 to ${max}`);

const schema = z.object({
  option: codeOf(previousPermanenceOptions, 'Select the previous permanence option'),
  localAuthority: z
    .string()
    .trim()
    .toUpperCase()
    .transform((text) => (text === '' ? null : text))
    .refine(
      (text) => text === null || /^([0-9]{3}|WAL|SCO|NUK|NIR)$/.test(text),
      'Enter the council’s 3-digit DfE number, 999 if not known, or WAL, SCO, NUK or NIR',
    ),
  orderDay: part('Day', 31),
  orderMonth: part('Month', 12),
  orderYear: part('Year', 2100),
});

addRecordForm(routes, {
  path: '/children/:childId/previous-permanence/:periodId/new',
  record: 'periods_of_care',
  recordId: 'periodId',
  title: 'Record previous permanence',
  button: 'Save',
  load: async (res, child, req) =>
    found(
      (await previousPermanenceOf(res.locals.services.db, child.id)).find(
        (period) => period.periodOfCareId === idParam(req, 'periodId'),
      ),
    ),
  summary: (period) => [{ key: { text: 'Period of care from' }, value: { text: period.startDate } }],
  fields: () => [
    {
      kind: 'radios',
      name: 'option',
      legend: 'Did the child leave an earlier period of care through one of these orders?',
      hint: 'As the family or the council that looked after the child before says',
      items: codeItems(previousPermanenceOptions, undefined),
    },
    {
      kind: 'text',
      name: 'localAuthority',
      label: 'Council that made it (optional)',
      hint: 'Its 3-digit DfE number, 999 if not known, or WAL, SCO, NUK or NIR',
    },
    { kind: 'text', name: 'orderDay', label: 'Day of the order (optional)' },
    { kind: 'text', name: 'orderMonth', label: 'Month of the order (optional)' },
    { kind: 'text', name: 'orderYear', label: 'Year of the order (optional)', hint: 'Give what is known' },
  ],
  dates: () => ({}),
  schema,
  check: (value, errors) => {
    const ordered = value.option === 'P1' || value.option === 'P2' || value.option === 'P3';
    if (!ordered && (value.localAuthority !== null || value.orderYear !== null || value.orderMonth !== null))
      return addError(
        errors,
        'localAuthority',
        'Give the council and date only for an adoption, special guardianship or child arrangements order',
      );
    if (ordered && value.localAuthority === null)
      addError(errors, 'localAuthority', 'Enter the council that made the order, or 999 if not known');
    if (
      (value.orderDay !== null && value.orderMonth === null) ||
      (value.orderMonth !== null && value.orderYear === null)
    )
      addError(errors, 'orderYear', 'Give the year with the month, and the month with the day');
    else if (value.orderYear !== null && !realDate(value.orderYear, value.orderMonth ?? 1, value.orderDay ?? 1))
      addError(errors, 'orderDay', 'The order’s date must be a real date');
  },
  save: (res, child, value, period) =>
    recordPreviousPermanence(res.locals.services.db, res.locals.actor, {
      childId: child.id,
      periodOfCareId: period.periodOfCareId,
      ...value,
    }),
  done: { flash: 'Previous permanence is recorded', to: page },
});

addCorrection(routes, {
  path: '/children/:childId/previous-permanence/:recordId/correct',
  table: 'previous_permanence',
  recordId: 'recordId',
  title: 'Correct previous permanence as recorded',
  fields: [
    {
      kind: 'radios',
      column: 'option',
      legend: 'Previous permanence option',
      items: codeItems(previousPermanenceOptions, undefined),
      missing: 'Select the previous permanence option',
    },
    { kind: 'text', column: 'local_authority', label: 'Council that made it', max: 3 },
    { kind: 'number', column: 'order_day', label: 'Day of the order', min: 1, max: 31 },
    { kind: 'number', column: 'order_month', label: 'Month of the order', min: 1, max: 12 },
    { kind: 'number', column: 'order_year', label: 'Year of the order', min: 1900, max: 2100 },
  ],
  load: (res, child, id) => rowOfChild(res, 'previous_permanence', id, child.id),
  back: page,
});

export const previousPermanenceRoutes = routes;
