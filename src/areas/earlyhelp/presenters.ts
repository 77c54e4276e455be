// The earlyhelp pages' view models, form readers and record loaders, shared by its route files.
import type { Request, Response } from 'express';
import { z } from 'zod';
import { parseForm, type FormErrors, fieldText } from '../../platform/web/forms.ts';
import { dateInputItems } from '../../platform/web/dateInput.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import type { Child } from '../../platform/web/childPages.ts';
import { refusalOnPage } from '../../platform/web/pageHelpers.ts';
import { addError, childName, idParam, noErrors, requiredText } from '../../platform/web/childPages.ts';
import type { EarlyHelpEpisode } from './schema.ts';

export const startSchema = z.object({
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
export const stepUpSchema = z.object({
  stepUpReason: requiredText(
    2000,
    'Enter the reason for the step-up to social care',
    'The reason for the step-up must be 2000 characters or fewer',
  ),
});
export const endSchema = z.object({
  endReason: requiredText(2000, 'Enter the reason early help ended', 'The reason must be 2000 characters or fewer'),
});
export const versionSchema = z.object({ version: z.coerce.number().int().positive() });

export const conflictMessage =
  'Someone else changed this early help episode while you were working on it. Their changes are shown: check them and make your change again.';

/** The child's referrals (CIN episodes), to name the one a step-down came from or a step-up went to. */
export const referralsOf = (res: Response, child: Child) =>
  res.locals.services.db
    .selectFrom('referrals')
    .select(['id', 'referral_date', 'closure_date'])
    .where('child_id', '=', child.id)
    .orderBy('referral_date', 'desc')
    .execute();

/** A referral chosen from the list (the field may be left as none) must be one of the child's. */
export async function chosenReferral(
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

export async function episodeFromParams(req: Request, res: Response, child: Child): Promise<EarlyHelpEpisode> {
  const episode = await res.locals.services.db
    .selectFrom('early_help_episodes')
    .selectAll()
    .where('id', '=', idParam(req, 'episodeId'))
    .where('child_id', '=', child.id)
    .executeTakeFirst();
  if (!episode) throw new NotFoundError();
  return episode;
}

export async function renderStart(
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

export type EpisodeChange = 'step-up' | 'end';

export async function renderChange(
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
export async function openChangeForm(req: Request, res: Response, child: Child, change: EpisodeChange) {
  const episode = await episodeFromParams(req, res, child);
  if (episode.end_date || (change === 'step-up' && episode.stepped_up_on))
    return res.redirect(`/children/${child.id}/early-help`);
  await renderChange(res, change, child, episode, { version: episode.version });
}

/**
 * Saves a step-up or end: a stale version shows the episode as the other person left it, with
 * what this person typed kept; a refusal from the records is shown on its field.
 */
export async function saveChange(
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
