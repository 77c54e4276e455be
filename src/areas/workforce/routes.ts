import type { Response } from 'express';
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { dateInputItems, parseFormWithDates, readDateInput } from '../../platform/web/dateInput.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { allocateChild, allocationOn, caseloadsOn } from './allocations.ts';
import { caseloadBand, councilCaseloadStandards } from './caseloadStandards.ts';
import { workerItems } from './picker.ts';
import { children } from './workers.ts';
import { recordOversightNote } from '../quality/index.ts';
import type { Child } from '../../platform/web/childPages.ts';

export const allocationRoutes = new RouteTable()
  .get('/children/:id/allocation', childRecordPage('team:oversee', 'allocations'), async (_req, res, { child }) =>
    renderAllocation(res, child, {}),
  )
  .post('/children/:id/allocation', { permission: 'team:oversee', child: true }, async (req, res, { child }) => {
    const today = res.locals.services.clock.today();
    const form = parseFormWithDates(
      z.object({ workerId: z.coerce.number({ error: 'Select the worker' }).int().positive('Select the worker') }),
      req.body,
      {
        startDate: {
          label: 'Allocation start date',
          notAfter: today.add({ days: 28 }),
          notAfterMessage: 'Allocation start date must be within the next 4 weeks',
        },
      },
    );
    if (!form.ok) return renderAllocation(res, child, req.body, form.errors, 400);
    try {
      await allocateChild(res.locals.services.db, res.locals.actor, {
        childId: child.id,
        workerId: form.value.workerId,
        startDate: form.value.startDate!,
      });
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderAllocation(
          res,
          child,
          req.body,
          singleError(error.field === 'startDate' ? 'startDate-day' : error.field, error.message),
          400,
        );
      throw error;
    }
    req.session.flash = `${child.forename} ${child.surname} is allocated`;
    res.redirect(`/children/${child.id}`);
  })
  .get(
    '/children/:id/oversight-notes/new',
    childRecordPage('team:oversee', 'oversight_notes'),
    (_req, res, { child }) => renderNote(res, child, {}),
  )
  .post(
    '/children/:id/oversight-notes/new',
    { permission: 'team:oversee', child: true },
    async (req, res, { child }) => {
      const today = res.locals.services.clock.today();
      const form = parseForm(
        z.object({
          note: z
            .string()
            .trim()
            .min(1, 'Enter the oversight note')
            .max(10000, 'Note must be 10,000 characters or fewer'),
        }),
        req.body,
      );
      const date = readDateInput(req.body ?? {}, 'noteDate', { label: 'Date of the oversight', notAfter: today });
      const errors: FormErrors = form.ok ? { list: [], fields: {} } : form.errors;
      if (!date.ok) {
        errors.fields.noteDate = { text: date.message };
        errors.list.push({ text: date.message, href: `#noteDate-${date.part}` });
      }
      if (!form.ok || !date.ok) return renderNote(res, child, req.body, errors, 400);
      await recordOversightNote(res.locals.services.db, res.locals.actor, {
        childId: child.id,
        noteDate: date.value!,
        note: form.value.note,
      });
      req.session.flash = 'Your oversight note is added to the chronology';
      res.redirect(`/children/${child.id}`);
    },
  );

async function renderAllocation(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const { db, clock } = res.locals.services;
  const today = clock.today().toString();
  const [current, standards, loads] = await Promise.all([
    allocationOn(db, child.id, today),
    councilCaseloadStandards(db),
    caseloadsOn(db, today),
  ]);
  res.status(status).render('workforce/allocation', {
    pageTitle: `Allocate ${child.forename} ${child.surname}`,
    child,
    current,
    values,
    errors,
    // Children are allocated to a worker in a team; the manager's own team comes first.
    workerItems: workerItems(
      loads.filter((worker) => worker.team_id !== null),
      {
        ownTeamId: res.locals.user!.team_id,
        selected: values.workerId,
        prompt: 'Select a worker',
        describe: (worker) =>
          `${children(worker.caseload)}${caseloadBand(worker.role, worker.caseload, standards) === 'above' ? ', above the aspiration' : ''}`,
      },
    ),
    startDateItems: dateInputItems(
      'startDate',
      values,
      Object.keys(values).length ? null : today,
      Boolean(errors?.fields.startDate),
    ),
  });
}

function renderNote(res: Response, child: Child, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  const today = res.locals.services.clock.today().toString();
  res.status(status).render('workforce/oversight-note', {
    pageTitle: `Management oversight for ${child.forename} ${child.surname}`,
    child,
    values,
    errors,
    noteDateItems: dateInputItems(
      'noteDate',
      values,
      Object.keys(values).length ? null : today,
      Boolean(errors?.fields.noteDate),
    ),
  });
}
