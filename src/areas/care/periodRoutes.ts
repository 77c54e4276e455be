// A child's time in care: the looked-after page (the period of care and placements in plain words,
// the episodes as the SSDA903 will see them), starting a period of care, changing the placement or
// the legal status, and ending the period. The person says what happened; the episodes follow.
import type { Response } from 'express';
import { childRecordPage, RouteTable, type FormRequest } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  childName,
  formBody,
  noErrors,
  renderChildPage,
  saveOrShowAgain,
  type Child,
} from '../../platform/web/childPages.ts';
import { asList, type FormErrors } from '../../platform/web/forms.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import {
  endPeriodOfCare,
  openEpisodeOf,
  recordCareChange,
  lookedAfterNow,
  startPeriodsOfCare,
  type CareChangeRecorded,
} from './store.ts';
import type { CareEpisode } from './schema.ts';
import { uascPeriodsOf } from '../people/index.ts';
import { longDate } from '../../core/dateText.ts';
import { finalOrdersOf } from '../court/index.ts';
import { courtOrderNotReflected, prefilledFrom } from './courtOrders.ts';
import {
  lookedAfterPath,
  lookedAfterView,
  readEnd,
  readLegalStatusChange,
  readPlacementChange,
  readStart,
  renderCareForm,
  valuesOfOpen,
} from './periodPresenters.ts';

/**
 * A change form: its template and title, what it says once saved, and how it is read: the save to
 * make, or undefined when the form has errors.
 */
interface ChangeStep {
  view: string;
  title: string;
  done: string;
  read: (
    res: Response,
    child: Child,
    open: CareEpisode,
    values: Record<string, unknown>,
    errors: FormErrors,
  ) => (() => Promise<unknown>) | undefined;
}

/** Reads a form with `read` and, when it is well, saves it with `save`. */
const readThenSave =
  <T>(
    read: (
      res: Response,
      child: Child,
      open: CareEpisode,
      values: Record<string, unknown>,
      errors: FormErrors,
    ) => T | undefined,
    save: (res: Response, change: T) => Promise<unknown>,
  ): ChangeStep['read'] =>
  (res, child, open, values, errors) => {
    const change = read(res, child, open, values, errors);
    return change === undefined ? undefined : () => save(res, change);
  };

const recordChange = (res: Response, change: CareChangeRecorded) =>
  recordCareChange(res.locals.services.db, res.locals.actor, change);

const steps: Record<string, ChangeStep> = {
  placement: {
    view: 'period-placement',
    title: 'Change of placement',
    read: readThenSave(readPlacementChange, recordChange),
    done: 'The change of placement is recorded',
  },
  'legal-status': {
    view: 'period-legal-status',
    title: 'Change of legal status',
    read: readThenSave(readLegalStatusChange, recordChange),
    done: 'The change of legal status is recorded',
  },
  end: {
    view: 'period-end',
    title: 'The child stops being looked after',
    read: readThenSave(readEnd, (res, end) => endPeriodOfCare(res.locals.services.db, res.locals.actor, end)),
    done: 'The period of care has ended',
  },
};

/** The open episode, or the looked-after page when the child is not looked after (nothing to change). */
async function openOrBack(res: Response, child: Child): Promise<CareEpisode | undefined> {
  const open = await openEpisodeOf(res.locals.services.db, child.id);
  if (!open) res.redirect(lookedAfterPath(child.id));
  return open;
}

async function showStep(req: FormRequest, res: Response, child: Child, step: ChangeStep) {
  const open = await openOrBack(res, child);
  if (!open) return;
  const draft = await draftFor(req, res, child.id);
  // The court's order, from the looked-after page's prompt, fills in the form; the worker confirms it.
  const values = draft.values ?? {
    ...valuesOfOpen(open, res.locals.services.config.councilName),
    ...prefilledFrom(req.query),
  };
  renderCareForm(res, child, { ...step, open }, values, { draft });
}

async function saveStep(req: FormRequest, res: Response, child: Child, step: ChangeStep) {
  const open = await openOrBack(res, child);
  if (!open) return;
  if (await savedAsDraft(req, res, child.id)) return;
  const values = formBody(req);
  const errors = noErrors();
  const render = (shown: CareEpisode, posted: Record<string, unknown>, found: FormErrors, status: number) =>
    renderCareForm(res, child, { ...step, open: shown }, posted, { errors: found }, status);
  const save = step.read(res, child, open, values, errors);
  if (!save) return render(open, values, errors, 400);
  const saved = await saveOrShowAgain(save, {
    record: open,
    values,
    dateFields: ['date', 'endDate'],
    aliases: { childId: 'date' },
    reload: async () => (await openEpisodeOf(res.locals.services.db, child.id)) ?? open,
    render,
  });
  if (!saved) return;
  await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
  req.session.flash = step.done;
  res.redirect(lookedAfterPath(child.id));
}

/** The child's UASC status in a few words: the 903 reports its start and the date it ceased. */
function uascText(periods: { start_date: string; end_date: string | null }[]) {
  const latest = periods.at(-1);
  if (!latest) return 'not recorded';
  const from = `from ${longDate(latest.start_date)}`;
  return latest.end_date ? `${from} to ${longDate(latest.end_date)}` : `${from}, still`;
}

const startStep = { view: 'period-start', title: 'The child starts to be looked after' };

/** The brothers and sisters this person may record for who are not looked after now: they may come into care too. */
async function siblingsNotInCare(res: Response, child: Child) {
  const siblings = await siblingsToRecordFor(res, child);
  const inCare = await lookedAfterNow(
    res.locals.services.db,
    siblings.map((sibling) => sibling.id),
  );
  return siblings.filter((sibling) => !inCare.includes(sibling.id));
}

const table = new RouteTable()
  .get(
    '/children/:childId/looked-after',
    childRecordPage('child:view', 'periods_of_care'),
    async (_req, res, { child }) => {
      const { db } = res.locals.services;
      const [periods, open, uasc, court] = await Promise.all([
        lookedAfterView(res, child),
        openEpisodeOf(db, child.id),
        uascPeriodsOf(db, child.id),
        finalOrdersOf(db, [child.id]),
      ]);
      const period = open && periods.find((shown) => shown.id === open.period_of_care_id);
      renderChildPage(res, 'care/looked-after', child, {
        pageTitle: 'Looked after',
        columns: 'full',
        periods,
        open,
        courtOrder:
          open &&
          period &&
          courtOrderNotReflected({ id: child.id, name: childName(child) }, court.get(child.id) ?? [], {
            periodStart: period.startDate,
            legalStatus: open.legal_status,
          }),
        uasc: uascText(uasc),
      });
    },
  )
  .get(
    '/children/:childId/looked-after/start',
    childRecordPage('child:record', 'periods_of_care'),
    async (req, res, { child }) => {
      const draft = await draftFor(req, res, child.id);
      renderCareForm(res, child, { ...startStep, siblings: await siblingsNotInCare(res, child) }, draft.values ?? {}, {
        draft,
      });
    },
  )
  .post(
    '/children/:childId/looked-after/start',
    { permission: 'child:record', child: true, draft: 'Period of care' },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const start = readStart(res, child, values, errors);
      const siblings = await siblingsNotInCare(res, child);
      const form = { ...startStep, siblings };
      if (!start) return renderCareForm(res, child, form, values, { errors }, 400);
      const together = siblings.filter((sibling) => asList(values.together).includes(String(sibling.id)));
      const starts = [start, ...together.map((sibling) => ({ ...start, childId: sibling.id }))];
      const saved = await saveOrShowAgain(() => startPeriodsOfCare(res.locals.services.db, res.locals.actor, starts), {
        record: { version: 0 },
        values,
        dateFields: ['startDate'],
        reload: () => Promise.resolve({ version: 0 }),
        render: (_record, posted, found, status) => renderCareForm(res, child, form, posted, { errors: found }, status),
      });
      if (!saved) return;
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = `The period of care has started${starts.length > 1 ? ` for ${starts.length} children` : ''}`;
      res.redirect(lookedAfterPath(child.id));
    },
  );

for (const [path, step] of Object.entries(steps))
  table
    .get(
      `/children/:childId/looked-after/${path}`,
      childRecordPage('child:record', 'care_episodes'),
      (req, res, { child }) => showStep(req, res, child, step),
    )
    .post(
      `/children/:childId/looked-after/${path}`,
      { permission: 'child:record', child: true, draft: step.title },
      (req, res, { child }) => saveStep(req, res, child, step),
    );

export const periodRoutes = table;
