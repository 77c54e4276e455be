import type { Response } from 'express';
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { asList, parseForm, singleError, type FormErrors } from '../../platform/web/forms.ts';
import { dateInputItems, parseFormWithDates, readDateInput } from '../../platform/web/dateInput.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { allocateChild, allocationOn, caseloadsOn } from './allocations.ts';
import { caseloadBand, councilCaseloadStandards } from './caseloadStandards.ts';
import { workerItems } from './picker.ts';
import { children } from './workers.ts';
import { recordOversightNote } from '../quality/index.ts';
import { codeItems, codeOf, openAtOnce, type Child } from '../../platform/web/childPages.ts';
import { handoverReasons } from './codes.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { familyNetwork } from '../people/index.ts';

export const allocationRoutes = new RouteTable()
  .get('/children/:id/allocation', childRecordPage('team:oversee', 'allocations'), async (_req, res, { child }) =>
    renderAllocation(res, child, {}),
  )
  .post('/children/:id/allocation', { permission: 'team:oversee', child: true }, async (req, res, { child }) => {
    const today = res.locals.services.clock.today();
    const form = parseFormWithDates(
      z.object({
        workerId: z.coerce.number({ error: 'Select the worker' }).int().positive('Select the worker'),
        // Asked only when the child has a worker now; the store refuses a change of worker without it.
        changeReason: codeOf(handoverReasons, 'Select why the child is getting a new social worker').optional(),
      }),
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
    const siblings = await siblingsToAllocate(res, child);
    const chosen = asList(req.body?.together);
    const together = siblings.filter((sibling) => chosen.includes(String(sibling.id)));
    const { actor } = res.locals;
    try {
      // A sibling group to one worker in one step: every allocation or none.
      await inTransaction(res.locals.services.db, async (trx) => {
        for (const childId of [child.id, ...together.map((sibling) => sibling.id)])
          await allocateChild(trx, actor, {
            childId,
            workerId: form.value.workerId,
            startDate: form.value.startDate!,
            reason: form.value.changeReason,
          });
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
    req.session.flash = together.length
      ? `${[`${child.forename} ${child.surname}`, ...together.map((sibling) => sibling.name)].join(', ')} are allocated`
      : `${child.forename} ${child.surname} is allocated`;
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
  const [current, standards, loads, siblings] = await Promise.all([
    allocationOn(db, child.id, today),
    councilCaseloadStandards(db),
    caseloadsOn(db, today),
    siblingsToAllocate(res, child),
  ]);
  const chosen = asList(values.together);
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
    // Asked when the child, or a brother or sister who may go with them, has a worker now.
    askReason: Boolean(current) || siblings.some((sibling) => sibling.worker),
    changeReasonItems: codeItems(handoverReasons, values.changeReason),
    // Brothers and sisters to the same worker at once, each with who holds them now.
    siblingItems: siblings.map((sibling) => ({
      value: String(sibling.id),
      text: sibling.name,
      hint: { text: sibling.worker ? `Now allocated to ${sibling.worker}` : 'Not allocated to a worker' },
      checked: chosen.includes(String(sibling.id)),
    })),
    startDateItems: dateInputItems(
      'startDate',
      values,
      Object.keys(values).length ? null : today,
      Boolean(errors?.fields.startDate),
    ),
  });
}

/** The child's brothers and sisters whose records this manager may open at once, with who holds each today. */
async function siblingsToAllocate(res: Response, child: Child) {
  const { db, clock } = res.locals.services;
  const siblings = (await familyNetwork(db, child.id))
    .filter((member) => member.kind === 'child')
    .map((member) => ({ id: member.id, name: member.name, access_restriction: member.accessRestriction }));
  const open = await openAtOnce(res.req, res, siblings);
  const today = clock.today().toString();
  return Promise.all(
    open.map(async (sibling) => ({ ...sibling, worker: (await allocationOn(db, sibling.id, today))?.worker_name })),
  );
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
