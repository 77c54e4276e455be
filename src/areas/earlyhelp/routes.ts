import type { Request, Response } from 'express';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import type { Child } from '../../platform/web/childPages.ts';
import { inPageOrder, refusalOnPage } from '../../platform/web/pageHelpers.ts';
import {
  addError,
  childName,
  hasErrors,
  idParam,
  mergeErrors,
  noErrors,
  readDate,
} from '../../platform/web/childPages.ts';
import { earlyHelpEpisodesOf, endEarlyHelp, startEarlyHelp, stepUpToSocialCare } from './store.ts';
import type { EarlyHelpEpisode } from './schema.ts';

const requiredText = (max: number, missing: string, tooLong: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const startSchema = z.object({
  leadProfessional: requiredText(
    200,
    'Enter the lead professional',
    'Lead professional must be 200 characters or fewer',
  ),
  leadOrganisation: requiredText(
    200,
    'Enter the lead organisation',
    'Lead organisation must be 200 characters or fewer',
  ),
  steppedDown: z.enum(['yes', 'no'], {
    error: 'Select whether the child is stepping down from children’s social care',
  }),
  stepDownReason: z
    .string()
    .trim()
    .max(2000, 'The reason for the step-down must be 2000 characters or fewer')
    .optional(),
});
const stepUpSchema = z.object({
  stepUpReason: requiredText(
    2000,
    'Enter the reason for the step-up to social care',
    'The reason for the step-up must be 2000 characters or fewer',
  ),
});
const endSchema = z.object({
  endReason: requiredText(2000, 'Enter the reason early help ended', 'The reason must be 2000 characters or fewer'),
});
const versionSchema = z.object({ version: z.coerce.number().int().positive() });

const conflictMessage =
  'Someone else changed this early help episode while you were working on it. Their changes are shown: check them and make your change again.';

/** The child's referrals (CIN episodes), to name the one a step-down came from or a step-up went to. */
const referralsOf = (res: Response, child: Child) =>
  res.locals.services.db
    .selectFrom('referrals')
    .select(['id', 'referral_date', 'closure_date'])
    .where('child_id', '=', child.id)
    .orderBy('referral_date', 'desc')
    .execute();

/** A referral chosen from the list (the field may be left as none) must be one of the child's. */
async function chosenReferral(
  res: Response,
  child: Child,
  body: Record<string, unknown>,
  field: string,
  errors: FormErrors,
): Promise<number | null> {
  const chosen = fieldText(body[field]);
  if (!chosen) return null;
  const referrals = await referralsOf(res, child);
  const referral = referrals.find((row) => String(row.id) === chosen);
  if (!referral) addError(errors, field, 'Select a referral for this child');
  return referral?.id ?? null;
}

async function episodeFromParams(req: Request, res: Response, child: Child): Promise<EarlyHelpEpisode> {
  const episode = await res.locals.services.db
    .selectFrom('early_help_episodes')
    .selectAll()
    .where('id', '=', idParam(req, 'episodeId'))
    .where('child_id', '=', child.id)
    .executeTakeFirst();
  if (!episode) throw new NotFoundError();
  return episode;
}

async function renderStart(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  res.status(status).render('earlyhelp/start', {
    pageTitle: `Start early help for ${childName(child)}`,
    child,
    values,
    errors,
    startDateItems: dateInputItems('startDate', values, null, Boolean(errors?.fields.startDate)),
    referrals: await referralsOf(res, child),
  });
}

type EpisodeChange = 'step-up' | 'end';

async function renderChange(
  res: Response,
  change: EpisodeChange,
  child: Child,
  episode: EarlyHelpEpisode,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const dateField = change === 'step-up' ? 'steppedUpOn' : 'endDate';
  res.status(status).render(`earlyhelp/${change}`, {
    pageTitle:
      change === 'step-up'
        ? `Step ${childName(child)} up to children’s social care`
        : `End early help for ${childName(child)}`,
    child,
    episode,
    values,
    errors,
    dateItems: dateInputItems(dateField, values, null, Boolean(errors?.fields[dateField])),
    referrals: await referralsOf(res, child),
  });
}

/** Opens a step-up or end form, unless the episode has already ended (or been stepped up): nothing is left to do. */
async function openChangeForm(req: Request, res: Response, child: Child, change: EpisodeChange) {
  const episode = await episodeFromParams(req, res, child);
  if (episode.end_date || (change === 'step-up' && episode.stepped_up_on))
    return res.redirect(`/children/${child.id}/early-help`);
  await renderChange(res, change, child, episode, { version: episode.version });
}

/**
 * Saves a step-up or end: a stale version shows the episode as the other person left it, with
 * what this person typed kept; a refusal from the records is shown on its field.
 */
async function saveChange(
  req: Request,
  res: Response,
  change: EpisodeChange,
  child: Child,
  episode: EarlyHelpEpisode,
  save: (version: number) => Promise<unknown>,
  fields: string[],
  dateField: string,
) {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const version = parseForm(versionSchema, body);
  try {
    await save(version.ok ? version.value.version : 0);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const current = await episodeFromParams(req, res, child);
      const errors = noErrors();
      addError(errors, fields[0]!, conflictMessage, fields[0] === dateField ? `#${dateField}-day` : undefined);
      return renderChange(res, change, child, current, { ...body, version: current.version }, errors, 409);
    }
    if (error instanceof RecordIntegrityError)
      return renderChange(res, change, child, episode, body, refusalOnPage(error, fields, [dateField]), 400);
    throw error;
  }
  req.session.flash =
    change === 'step-up'
      ? `${childName(child)} is stepped up to children’s social care`
      : `Early help for ${childName(child)} has ended`;
  res.redirect(`/children/${child.id}/early-help`);
}

export const earlyHelpRoutes = new RouteTable()
  .get(
    '/children/:id/early-help',
    { permission: 'child:view', child: true, audit: { event: 'child-record-viewed', record: 'early_help_episodes' } },
    async (_req, res, { child }) => {
      const episodes = await earlyHelpEpisodesOf(res.locals.services.db, child.id);
      res.render('earlyhelp/episodes', {
        pageTitle: `Early help for ${childName(child)}`,
        child,
        episodes,
        open: episodes.some((episode) => episode.end_date === null),
      });
    },
  )
  .get(
    '/children/:id/early-help/new',
    { permission: 'child:record', child: true, audit: { event: 'child-record-viewed', record: 'early_help_episodes' } },
    async (_req, res, { child }) => {
      await renderStart(res, child, {});
    },
  )
  .post('/children/:id/early-help/new', { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const body = req.body ?? {};
    const errors = noErrors();
    const startDate = readDate(
      body,
      'startDate',
      { label: 'The start date', notAfter: res.locals.services.clock.today() },
      errors,
    );
    const form = parseForm(startSchema, body);
    if (!form.ok) mergeErrors(errors, form.errors);
    // Checked from what was posted, so these are reported beside the other problems.
    const steppedDown = body.steppedDown === 'yes';
    if (steppedDown && !fieldText(body.stepDownReason).trim())
      addError(errors, 'stepDownReason', 'Enter the reason for the step-down from children’s social care');
    const referralId = steppedDown ? await chosenReferral(res, child, body, 'steppedDownFromReferralId', errors) : null;
    const order = [
      'startDate',
      'leadProfessional',
      'leadOrganisation',
      'steppedDown',
      'stepDownReason',
      'steppedDownFromReferralId',
    ];
    if (!form.ok || !startDate || hasErrors(errors))
      return renderStart(res, child, body, inPageOrder(errors, order), 400);
    try {
      await startEarlyHelp(res.locals.services.db, res.locals.actor, {
        childId: child.id,
        startDate,
        leadProfessional: form.value.leadProfessional,
        leadOrganisation: form.value.leadOrganisation,
        ...(steppedDown && form.value.stepDownReason
          ? { stepDown: { date: startDate, reason: form.value.stepDownReason, referralId } }
          : {}),
      });
    } catch (error) {
      if (error instanceof RecordIntegrityError)
        return renderStart(res, child, body, refusalOnPage(error, order, ['startDate']), 400);
      throw error;
    }
    req.session.flash = `Early help for ${childName(child)} has started`;
    res.redirect(`/children/${child.id}/early-help`);
  })
  .get(
    '/children/:id/early-help/:episodeId/step-up',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'early_help_episodes', recordId: 'episodeId' },
    },
    (req, res, { child }) => openChangeForm(req, res, child, 'step-up'),
  )
  .post(
    '/children/:id/early-help/:episodeId/step-up',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const episode = await episodeFromParams(req, res, child);
      const body = req.body ?? {};
      const errors = noErrors();
      const steppedUpOn = readDate(
        body,
        'steppedUpOn',
        {
          label: 'The date of the step-up',
          notAfter: res.locals.services.clock.today(),
          notBefore: Temporal.PlainDate.from(episode.start_date),
          notBeforeMessage: 'The date of the step-up must be on or after the start of early help',
        },
        errors,
      );
      const form = parseForm(stepUpSchema, body);
      if (!form.ok) mergeErrors(errors, form.errors);
      const referralId = await chosenReferral(res, child, body, 'steppedUpToReferralId', errors);
      const fields = ['steppedUpOn', 'stepUpReason', 'steppedUpToReferralId'];
      if (!form.ok || !steppedUpOn || hasErrors(errors))
        return renderChange(res, 'step-up', child, episode, body, inPageOrder(errors, fields), 400);
      await saveChange(
        req,
        res,
        'step-up',
        child,
        episode,
        (version) =>
          stepUpToSocialCare(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: episode.id,
            version,
            steppedUpOn,
            reason: form.value.stepUpReason,
            referralId,
          }),
        fields,
        'steppedUpOn',
      );
    },
  )
  .get(
    '/children/:id/early-help/:episodeId/end',
    {
      permission: 'child:record',
      child: true,
      audit: { event: 'child-record-viewed', record: 'early_help_episodes', recordId: 'episodeId' },
    },
    (req, res, { child }) => openChangeForm(req, res, child, 'end'),
  )
  .post(
    '/children/:id/early-help/:episodeId/end',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const episode = await episodeFromParams(req, res, child);
      const body = req.body ?? {};
      const errors = noErrors();
      const endDate = readDate(
        body,
        'endDate',
        {
          label: 'The end date',
          notAfter: res.locals.services.clock.today(),
          notBefore: Temporal.PlainDate.from(episode.start_date),
          notBeforeMessage: 'The end date must be on or after the start date',
        },
        errors,
      );
      const form = parseForm(endSchema, body);
      if (!form.ok) mergeErrors(errors, form.errors);
      const fields = ['endDate', 'endReason'];
      if (!form.ok || !endDate || hasErrors(errors))
        return renderChange(res, 'end', child, episode, body, inPageOrder(errors, fields), 400);
      await saveChange(
        req,
        res,
        'end',
        child,
        episode,
        (version) =>
          endEarlyHelp(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: episode.id,
            version,
            endDate,
            endReason: form.value.endReason,
          }),
        fields,
        'endDate',
      );
    },
  );
