// Whether a looked-after child is an unaccompanied asylum-seeking child, from when, and the day that
// ended (903 UASC, DUC). The status is the people area's record of the child's immigration status.
import type { Response } from 'express';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import type { FormErrors } from '../../platform/web/forms.ts';
import {
  dateInputs,
  formBody,
  noErrors,
  plainDate,
  readDate,
  readVersion,
  renderChildPage,
  saveOrShowAgain,
  today,
  type Child,
} from '../../platform/web/childPages.ts';
import { endUascStatus, startUascStatus, uascPeriodsOf } from '../people/index.ts';
import { lookedAfterPath } from './periodPresenters.ts';

type UascPeriod = Awaited<ReturnType<typeof uascPeriodsOf>>[number];
const uascPath = (childId: number) => `${lookedAfterPath(childId)}/uasc`;
const openOf = (periods: readonly UascPeriod[]) => periods.find((period) => period.end_date === null);

async function render(res: Response, child: Child, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  const periods = await uascPeriodsOf(res.locals.services.db, child.id);
  const open = openOf(periods);
  renderChildPage(
    res,
    'care/uasc',
    child,
    {
      pageTitle: 'Unaccompanied asylum-seeking child',
      periods,
      open,
      values: { version: open ? String(open.version) : '', ...values },
      errors,
      dates: dateInputs(values, errors, ['startDate', 'endDate']),
    },
    status,
  );
}

export const uascRoutes = new RouteTable()
  .get(
    '/children/:childId/looked-after/uasc',
    childRecordPage('child:view', 'immigration_statuses'),
    (_req, res, { child }) => render(res, child, {}),
  )
  .post(
    '/children/:childId/looked-after/uasc',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const { db } = res.locals.services;
      const values = formBody(req);
      const errors = noErrors();
      const open = openOf(await uascPeriodsOf(db, child.id));
      const field = open ? 'endDate' : 'startDate';
      const on = readDate(
        values,
        field,
        open
          ? {
              label: 'The date the status ended',
              notAfter: today(res),
              notBefore: plainDate(open.start_date),
              notBeforeMessage: 'The date the status ended must be on or after the date it started',
            }
          : { label: 'The date the status started', notAfter: today(res) },
        errors,
      );
      const version = open ? readVersion(values, errors) : 0;
      if (!on || version === undefined) return render(res, child, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          open
            ? endUascStatus(db, res.locals.actor, { childId: child.id, id: open.id, version, endDate: on })
            : startUascStatus(db, res.locals.actor, { childId: child.id, startDate: on }),
        {
          record: { version },
          values,
          dateFields: [field],
          reload: () => Promise.resolve({ version }),
          render: (_record, posted, found, status) => render(res, child, posted, found, status),
        },
      );
      if (!saved) return;
      req.session.flash = open ? 'The end of the status is recorded' : 'The status is recorded';
      res.redirect(uascPath(child.id));
    },
  );
