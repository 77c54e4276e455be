// The workforce: the workers children are allocated to, added, changed and leaving.
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema.ts';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import {
  codeItems,
  codeOf,
  conflictErrors,
  dateInputs,
  found,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
  versionField,
  yesNo,
} from '../../platform/web/childPages.ts';
import { NotFoundError } from '../../core/errors.ts';
import { listTeams } from '../../platform/access/teams.ts';
import { caseloadsOn } from './allocations.ts';
import { workerRoles, type WorkerRole } from './codes.ts';
import { changeWorker, childrenAllocatedTo, recordWorker, recordWorkerLeaving, type Worker } from './workers.ts';

const body = (req: Request) => (req.body ?? {}) as Record<string, unknown>;
const today = (res: Response) => res.locals.services.clock.today();

const fteMessage = 'Full-time equivalent must be between 0.1 and 1';
/** A worker's details, the team and account among those the form offers. */
const detailsSchema = (choices: FormChoices) =>
  z.object({
    name: z
      .string({ error: "Enter the worker's full name" })
      .trim()
      .min(1, "Enter the worker's full name")
      .max(200, 'Full name must be 200 characters or fewer'),
    role: codeOf(workerRoles, 'Select the role'),
    teamId: z.coerce
      .number({ error: 'Select the team' })
      .int('Select the team')
      .positive('Select the team')
      .refine((id) => choices.teams.some((team) => team.id === id), 'Select a team from the list'),
    fullTimeEquivalent: z
      .string({ error: 'Enter the full-time equivalent' })
      .trim()
      .min(1, 'Enter the full-time equivalent')
      .regex(
        /^(\d+(\.\d{1,2})?|\.\d{1,2})$/,
        'Full-time equivalent must be a number with up to 2 decimal places, like 0.8',
      )
      .transform(Number)
      .pipe(z.number().min(0.1, fteMessage).max(1, fteMessage)),
    isAgency: yesNo('Select yes if they are an agency worker').transform((answer) => answer === 'yes'),
    userId: z
      .union([z.literal(''), z.coerce.number().int().positive()], { error: 'Select a user account from the list' })
      .optional()
      .transform((id) => id || null)
      .refine(
        (id) => id === null || choices.accounts.some((account) => account.id === id),
        'Select a user account from the list',
      ),
  });
const versionSchema = z.object({ version: versionField });

const listQuery = z.object({
  team: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
  show: z.enum(['all']).optional(),
});

async function workerInPath(req: Request, res: Response): Promise<Worker> {
  return found(
    await res.locals.services.db
      .selectFrom('workers')
      .selectAll()
      .where('id', '=', idParam(req, 'id'))
      .executeTakeFirst(),
  );
}

/** Accounts a worker may sign in as: enabled ones no other worker is linked to, and the worker's own. */
const freeAccounts = (db: Kysely<Database>, worker: Worker | undefined) =>
  db
    .selectFrom('users')
    .leftJoin('workers', 'workers.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.username'])
    .where((eb) =>
      eb.or([
        eb.and([eb('workers.id', 'is', null), eb('users.disabled_at', 'is', null)]),
        ...(worker?.user_id ? [eb('users.id', '=', worker.user_id)] : []),
      ]),
    )
    .orderBy('users.display_name')
    .execute();

async function formChoices(res: Response, worker: Worker | undefined) {
  const { db } = res.locals.services;
  const [teams, accounts] = await Promise.all([listTeams(db), freeAccounts(db, worker)]);
  return { teams, accounts };
}
type FormChoices = Awaited<ReturnType<typeof formChoices>>;

function readDetails(req: Request, choices: FormChoices, errors: FormErrors) {
  const form = parseForm(detailsSchema(choices), body(req));
  if (form.ok) return form.value;
  mergeErrors(errors, form.errors);
  return undefined;
}

function fieldItems(values: Record<string, unknown>, choices: FormChoices) {
  const chosen = (value: unknown, id: number) => fieldText(value) === String(id);
  return {
    roleItems: codeItems(workerRoles, values.role),
    teamItems: [
      { value: '', text: 'Select a team' },
      ...choices.teams.map((team) => ({
        value: String(team.id),
        text: team.name,
        selected: chosen(values.teamId, team.id),
      })),
    ],
    agencyItems: [
      { value: 'yes', text: 'Yes', checked: values.isAgency === 'yes' },
      { value: 'no', text: 'No', checked: values.isAgency === 'no' },
    ],
    accountItems: [
      { value: '', text: 'None' },
      ...choices.accounts.map((account) => ({
        value: String(account.id),
        text: `${account.display_name} (${account.username})`,
        selected: chosen(values.userId, account.id),
      })),
    ],
  };
}

const workerValues = (worker: Worker): Record<string, unknown> => ({
  name: worker.name,
  role: worker.role,
  teamId: worker.team_id === null ? '' : String(worker.team_id),
  fullTimeEquivalent: String(worker.full_time_equivalent),
  isAgency: worker.is_agency ? 'yes' : 'no',
  userId: worker.user_id === null ? '' : String(worker.user_id),
  version: String(worker.version),
});

async function renderNewWorker(res: Response, values: Record<string, unknown>, errors?: FormErrors, status = 200) {
  const choices = await formChoices(res, undefined);
  res.status(status).render('workforce/worker-new', {
    pageTitle: 'Add a worker',
    values,
    errors,
    ...fieldItems(values, choices),
    dates: dateInputs(values, errors, ['startDate']),
  });
}

/**
 * A worker's page: their details to change and their leaving to record, with the children they
 * still hold (from today, or from the leaving date refused) for a manager to reallocate.
 */
async function renderWorker(
  res: Response,
  worker: Worker,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
  heldFrom = today(res).toString(),
) {
  const { db } = res.locals.services;
  const [choices, held] = await Promise.all([formChoices(res, worker), childrenAllocatedTo(db, worker.id, heldFrom)]);
  res.status(status).render('workforce/worker', {
    pageTitle: `Change ${worker.name}`,
    worker,
    roleName: workerRoles[worker.role as WorkerRole] ?? worker.role,
    team: choices.teams.find((team) => team.id === worker.team_id),
    values,
    errors,
    ...fieldItems(values, choices),
    held,
    heldFrom: heldFrom === today(res).toString() ? null : heldFrom,
    dates: dateInputs(values, errors, ['endDate'], { endDate: worker.end_date }),
  });
}

export const workforceRoutes = new RouteTable()
  .get('/admin/workers', { permission: 'workforce:manage', audit: 'none' }, async (req, res) => {
    const query = parseForm(listQuery, req.query);
    if (!query.ok) throw new NotFoundError();
    const { db } = res.locals.services;
    const on = today(res).toString();
    const teams = await listTeams(db);
    const team = query.value.team ? teams.find((t) => t.id === query.value.team) : undefined;
    if (query.value.team && !team) throw new NotFoundError();
    const showAll = query.value.show === 'all';
    let workers = db
      .selectFrom('workers')
      .leftJoin('teams', 'teams.id', 'workers.team_id')
      .select([
        'workers.id',
        'workers.name',
        'workers.role',
        'workers.full_time_equivalent',
        'workers.is_agency',
        'workers.start_date',
        'workers.end_date',
        'teams.name as team_name',
      ])
      .orderBy('workers.name')
      .orderBy('workers.id');
    if (team) workers = workers.where('workers.team_id', '=', team.id);
    // Current: not yet left, including those who start soon.
    if (!showAll)
      workers = workers.where((eb) => eb.or([eb('workers.end_date', 'is', null), eb('workers.end_date', '>', on)]));
    const [rows, loads] = await Promise.all([workers.execute(), caseloadsOn(db, on, team?.id)]);
    const caseloads = new Map(loads.map((load) => [load.id, load.caseload]));
    const filter = (show: boolean) =>
      new URLSearchParams({ ...(team ? { team: String(team.id) } : {}), ...(show ? { show: 'all' } : {}) }).toString();
    res.render('workforce/workers', {
      pageTitle: 'Workforce',
      team,
      showAll,
      teamItems: [
        { value: '', text: 'All teams' },
        ...teams.map((t) => ({ value: String(t.id), text: t.name, selected: t.id === team?.id })),
      ],
      otherView: `/admin/workers?${filter(!showAll)}`,
      workers: rows.map((worker) => ({
        ...worker,
        roleName: workerRoles[worker.role as WorkerRole] ?? worker.role,
        caseload: caseloads.get(worker.id) ?? 0,
        status:
          worker.start_date > on
            ? 'starts'
            : worker.end_date === null
              ? 'in-post'
              : worker.end_date > on
                ? 'leaving'
                : 'left',
      })),
    });
  })
  .get('/admin/workers/new', { permission: 'workforce:manage', audit: 'none' }, (_req, res) =>
    renderNewWorker(res, { fullTimeEquivalent: '1', isAgency: 'no' }),
  )
  .post('/admin/workers/new', { permission: 'workforce:manage' }, async (req, res) => {
    const choices = await formChoices(res, undefined);
    const errors = noErrors();
    const details = readDetails(req, choices, errors);
    const startDate = readDate(
      body(req),
      'startDate',
      {
        label: 'Start date',
        notAfter: today(res).add({ months: 3 }),
        notAfterMessage: 'Start date must be no more than 3 months from today',
      },
      errors,
    );
    if (!details || !startDate || hasErrors(errors)) return renderNewWorker(res, body(req), errors, 400);
    try {
      const worker = await recordWorker(res.locals.services.db, res.locals.actor, { ...details, startDate });
      req.session.flash = `${worker.name} is added to the workforce`;
      res.redirect('/admin/workers');
    } catch (error) {
      const refusal = refusalErrors(error);
      if (refusal) return renderNewWorker(res, body(req), refusal, 400);
      throw error;
    }
  })
  .get('/admin/workers/:id', { permission: 'workforce:manage', audit: 'none' }, async (req, res) => {
    const worker = await workerInPath(req, res);
    await renderWorker(res, worker, workerValues(worker));
  })
  .post('/admin/workers/:id', { permission: 'workforce:manage' }, async (req, res) => {
    const worker = await workerInPath(req, res);
    const choices = await formChoices(res, worker);
    const errors = noErrors();
    const details = readDetails(req, choices, errors);
    const version = parseForm(versionSchema, body(req));
    if (!version.ok) mergeErrors(errors, version.errors);
    const values = { ...workerValues(worker), ...body(req) };
    if (!details || !version.ok || hasErrors(errors)) return renderWorker(res, worker, values, errors, 400);
    try {
      await changeWorker(res.locals.services.db, res.locals.actor, {
        workerId: worker.id,
        version: version.value.version,
        today: today(res).toString(),
        details,
      });
    } catch (error) {
      const conflict = conflictErrors(error);
      if (conflict) return renderWorker(res, worker, workerValues(worker), conflict, 409);
      const refusal = refusalErrors(error);
      if (refusal) return renderWorker(res, worker, values, refusal, 400);
      throw error;
    }
    req.session.flash = `${details.name}'s details are saved`;
    res.redirect('/admin/workers');
  })
  .post('/admin/workers/:id/leaving', { permission: 'workforce:manage' }, async (req, res) => {
    const worker = await workerInPath(req, res);
    const errors = noErrors();
    const form = parseForm(versionSchema, body(req));
    if (!form.ok) mergeErrors(errors, form.errors);
    const endDate = readDate(
      body(req),
      'endDate',
      {
        label: 'Leaving date',
        notAfter: today(res).add({ months: 6 }),
        notAfterMessage: 'Leaving date must be no more than 6 months from today',
      },
      errors,
    );
    const values = { ...workerValues(worker), ...body(req) };
    if (!form.ok || !endDate || hasErrors(errors)) return renderWorker(res, worker, values, errors, 400);
    try {
      await recordWorkerLeaving(res.locals.services.db, res.locals.actor, {
        workerId: worker.id,
        version: form.value.version,
        endDate,
      });
    } catch (error) {
      const conflict = conflictErrors(error);
      if (conflict) return renderWorker(res, worker, workerValues(worker), conflict, 409);
      const refusal = refusalErrors(error, ['endDate']);
      // Refused for the children held on or after the leaving date: those are the ones listed to reallocate.
      if (refusal)
        return renderWorker(res, worker, values, refusal, 400, endDate < worker.start_date ? undefined : endDate);
      throw error;
    }
    req.session.flash = `${worker.name}'s leaving date is recorded`;
    res.redirect('/admin/workers');
  });
