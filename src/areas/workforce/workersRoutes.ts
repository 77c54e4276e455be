// The workforce: the workers children are allocated to, added, changed and leaving.
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm } from '../../platform/web/forms.ts';
import {
  conflictErrors,
  formBody,
  hasErrors,
  mergeErrors,
  noErrors,
  readDate,
  refusalErrors,
  today,
} from '../../platform/web/childPages.ts';
import { NotFoundError } from '../../core/errors.ts';
import { listTeams } from '../../platform/access/teams.ts';
import { caseloadsOn } from './allocations.ts';
import { workerRoles, type WorkerRole } from './codes.ts';
import { changeWorker, recordWorker, recordWorkerLeaving } from './workers.ts';
import {
  versionSchema,
  listQuery,
  workerInPath,
  formChoices,
  readDetails,
  workerValues,
  renderNewWorker,
  renderWorker,
} from './presenters.ts';

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
        'workers.imported_from',
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
          worker.imported_from !== null
            ? 'imported'
            : worker.start_date > on
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
      formBody(req),
      'startDate',
      {
        label: 'Start date',
        notAfter: today(res).add({ months: 3 }),
        notAfterMessage: 'Start date must be no more than 3 months from today',
      },
      errors,
    );
    if (!details || !startDate || hasErrors(errors)) return renderNewWorker(res, formBody(req), errors, 400);
    try {
      const worker = await recordWorker(res.locals.services.db, res.locals.actor, { ...details, startDate });
      req.session.flash = `${worker.name} is added to the workforce`;
      res.redirect('/admin/workers');
    } catch (error) {
      const refusal = refusalErrors(error);
      if (refusal) return renderNewWorker(res, formBody(req), refusal, 400);
      throw error;
    }
  })
  .get(
    '/admin/workers/:id',
    { permission: 'workforce:manage', audit: 'children-listed' },
    async (req, res, { listed }) => {
      const worker = await workerInPath(req, res);
      await renderWorker(res, worker, workerValues(worker), undefined, 200, undefined, listed);
    },
  )
  .post('/admin/workers/:id', { permission: 'workforce:manage' }, async (req, res) => {
    const worker = await workerInPath(req, res);
    const choices = await formChoices(res, worker);
    const errors = noErrors();
    const details = readDetails(req, choices, errors);
    const version = parseForm(versionSchema, formBody(req));
    if (!version.ok) mergeErrors(errors, version.errors);
    const values = { ...workerValues(worker), ...formBody(req) };
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
    const form = parseForm(versionSchema, formBody(req));
    if (!form.ok) mergeErrors(errors, form.errors);
    const endDate = readDate(
      formBody(req),
      'endDate',
      {
        label: 'Leaving date',
        notAfter: today(res).add({ months: 6 }),
        notAfterMessage: 'Leaving date must be no more than 6 months from today',
      },
      errors,
    );
    const values = { ...workerValues(worker), ...formBody(req) };
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
