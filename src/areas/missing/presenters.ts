// The missing pages' view models and form readers: episodes with their return home interview and
// its 72-hour clock, a moment typed as a GOV.UK date and a 24-hour time, and the screening form.
import type { Response } from 'express';
import { z } from 'zod';
import { asList, fieldText, parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  addError,
  codeItems,
  codeOf,
  codesOf,
  dateInputs,
  found,
  hasErrors,
  mergeErrors,
  optionalText,
  readDate,
  renderChildPage,
  requiredText,
  timescalesOf,
  today,
  childDueItems,
  type Child,
} from '../../platform/web/childPages.ts';
import { dateTimeInputItems, readDateTimeInput } from '../../platform/web/pageHelpers.ts';
import { longDateTime } from '../../core/dateText.ts';
import { exploitationOutcomes, exploitationResponses, missingTypes } from './codes.ts';
import { episodesInTwelveMonths, hoursMissing } from './model.ts';
import { exploitationScreeningsOf, missingEpisodesOf, type ExploitationScreening } from './store.ts';

export type EpisodeRow = Awaited<ReturnType<typeof missingEpisodesOf>>[number];

/** The child's episodes, latest first. */
export const episodesOfChild = async (res: Response, child: Child) =>
  (await missingEpisodesOf(res.locals.services.db, [child.id])).reverse();

/** One of the child's episodes by the id in the path, or a 404. */
export async function episodeInPath(res: Response, child: Child, id: number): Promise<EpisodeRow> {
  return found((await episodesOfChild(res, child)).find((episode) => episode.id === id));
}

/** What happened about the return home interview, in words. */
export function interviewText(episode: EpisodeRow): string {
  if (!episode.returned_at) return 'Not yet returned';
  if (episode.interview_id === null) return 'Not recorded';
  if (episode.held_at) return `Held ${longDateTime(episode.held_at)}`;
  if (episode.accepted === false) return `Offered ${longDateTime(episode.offered_at!)}; declined`;
  if (episode.offered) return `Offered ${longDateTime(episode.offered_at!)}`;
  return 'Not offered';
}

/** The child's missing page: episodes with their clocks, repeat missing counted, and screenings. */
export async function missingPage(res: Response, child: Child) {
  const on = today(res);
  const [episodes, items, screenings] = await Promise.all([
    episodesOfChild(res, child),
    childDueItems(res, child, on),
    exploitationScreeningsOf(res.locals.services.db, child.id),
  ]);
  return {
    inTwelveMonths: episodesInTwelveMonths(
      episodes.map((episode) => episode.started_at),
      on,
    ),
    missingNow: episodes.find((episode) => !episode.returned_at),
    episodes: episodes.map((episode) => ({
      ...episode,
      typeName: missingTypes[episode.missing_type as keyof typeof missingTypes],
      hours: episode.returned_at ? hoursMissing(episode.started_at, episode.returned_at) : null,
      interview: interviewText(episode),
      timescales: timescalesOf(items, ['return-home-interview', 'missing-manager-review'], episode.id, on),
    })),
    screenings: screenings.map((screening) => ({
      ...screening,
      criminal: exploitationOutcomes[screening.criminal_outcome as keyof typeof exploitationOutcomes],
      sexual: exploitationOutcomes[screening.sexual_outcome as keyof typeof exploitationOutcomes],
      responseNames: screening.responses.map(
        (code) => exploitationResponses[code as keyof typeof exploitationResponses],
      ),
    })),
  };
}

const untouched = (values: Record<string, unknown>, field: string) =>
  ['day', 'month', 'year', 'time'].every((part) => fieldText(values[`${field}-${part}`]).trim() === '');

/** A moment typed as a date and a time: required, or (optional) nothing typed is null. */
export function readMoment(
  res: Response,
  values: Record<string, unknown>,
  field: string,
  what: string,
  errors: FormErrors,
  optional = false,
): Date | null | undefined {
  if (optional && untouched(values, field)) return null;
  return readDateTimeInput(values, field, what, res.locals.services.clock.now(), errors);
}

/** The date and time fields of each moment, from what was posted or what is stored. */
export const momentInputs = (
  values: Record<string, unknown>,
  errors: FormErrors | undefined,
  stored: Record<string, Date | null | undefined>,
) =>
  Object.fromEntries(
    Object.entries(stored).map(([field, at]) => [field, dateTimeInputItems(field, values, errors, at ?? undefined)]),
  );

const episodeSchema = z.object({ missingType: codeOf(missingTypes, 'Select whether the child was missing or away') });

/** A new episode as posted: missing or away, when, and (when already back) when they returned. */
export function readEpisode(res: Response, values: Record<string, unknown>, errors: FormErrors) {
  const form = parseForm(episodeSchema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  const startedAt = readMoment(res, values, 'startedAt', 'the child went missing', errors);
  const returnedAt = readMoment(res, values, 'returnedAt', 'the child returned', errors, true);
  if (!form.ok || !startedAt || returnedAt === undefined || hasErrors(errors)) return undefined;
  return { missingType: form.value.missingType, startedAt, returnedAt };
}

export const episodeForm = (
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) =>
  renderChildPage(
    res,
    'missing/episode-new',
    child,
    {
      pageTitle: 'Record a missing or away episode',
      values,
      errors,
      typeItems: codeItems(missingTypes, values.missingType),
      moments: momentInputs(values, errors, { startedAt: null, returnedAt: null }),
    },
    status,
  );

const reasonSchema = z.object({
  reason: requiredText(1000, 'Enter why the episode is being corrected', 'The reason must be 1000 characters or fewer'),
});

/** Why a record is corrected: every correction keeps the person's reason. */
export function readReason(values: Record<string, unknown>, errors: FormErrors): string | undefined {
  const form = parseForm(reasonSchema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  return form.ok ? form.value.reason : undefined;
}

const screeningSchema = z.object({
  criminalOutcome: codeOf(exploitationOutcomes, 'Select what the screening found about criminal exploitation'),
  sexualOutcome: codeOf(exploitationOutcomes, 'Select what the screening found about sexual exploitation'),
  responses: codesOf(exploitationResponses, 'Select what was done from the list'),
  responseDetail: optionalText(2000, 'What else was done'),
  missingEpisodeId: z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .refine((value) => value === null || Number.isSafeInteger(value), 'Select the episode from the list'),
});

/** A screening as posted; the episode it followed must be one of the child's. */
export function readScreening(
  res: Response,
  child: Child,
  episodes: readonly EpisodeRow[],
  values: Record<string, unknown>,
  errors: FormErrors,
): ExploitationScreening | undefined {
  const screenedOn = readDate(
    values,
    'screenedOn',
    { label: 'The date of the screening', notAfter: today(res) },
    errors,
  );
  const form = parseForm(screeningSchema, { ...values, responses: asList(values.responses) });
  mergeErrors(errors, form.ok ? undefined : form.errors);
  if (form.ok && form.value.missingEpisodeId !== null && !episodes.some((e) => e.id === form.value.missingEpisodeId))
    addError(errors, 'missingEpisodeId', 'Select the episode from the list');
  if (!screenedOn || !form.ok || hasErrors(errors)) return undefined;
  return { childId: child.id, screenedOn, ...form.value };
}

export const screeningForm = (
  res: Response,
  child: Child,
  episodes: readonly EpisodeRow[],
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) =>
  renderChildPage(
    res,
    'missing/screening-new',
    child,
    {
      pageTitle: 'Record an exploitation screening',
      values,
      errors,
      dates: dateInputs(values, errors, ['screenedOn']),
      criminalItems: codeItems(exploitationOutcomes, values.criminalOutcome),
      sexualItems: codeItems(exploitationOutcomes, values.sexualOutcome),
      responseItems: codeItems(exploitationResponses, values.responses),
      episodeItems: [
        { value: '', text: 'Not after a missing episode' },
        ...episodes.map((episode) => ({
          value: String(episode.id),
          text: `${missingTypes[episode.missing_type as keyof typeof missingTypes]} from ${longDateTime(episode.started_at)}`,
          selected: fieldText(values.missingEpisodeId) === String(episode.id),
        })),
      ],
    },
    status,
  );
