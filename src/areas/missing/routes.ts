// A child's missing and away episodes: the list with repeat missing counted and each return home
// interview's 72-hour clock, recording an episode and the child's return, and exploitation screenings.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { formBody, noErrors, readVersion, refusalErrors, renderChildPage } from '../../platform/web/childPages.ts';
import { addEpisodeStep } from './episodeStep.ts';
import { correctMissingEpisode, recordExploitationScreening, recordMissingEpisode, recordReturn } from './store.ts';
import {
  episodeForm,
  episodesOfChild,
  missingPage,
  momentInputs,
  readEpisode,
  readMoment,
  readReason,
  readScreening,
  screeningForm,
  type EpisodeRow,
} from './presenters.ts';
import type { Response } from 'express';
import type { FormErrors } from '../../platform/web/forms.ts';
import { codeItems, type Child } from '../../platform/web/childPages.ts';
import { missingTypes } from './codes.ts';

const returnForm = (
  res: Response,
  child: Child,
  episode: EpisodeRow,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) =>
  renderChildPage(
    res,
    'missing/return',
    child,
    {
      pageTitle: 'Record the child’s return',
      episode,
      values: { version: String(episode.version), ...values },
      errors,
      moments: momentInputs(values, errors, { returnedAt: null }),
    },
    status,
  );

const correctionForm = (
  res: Response,
  child: Child,
  episode: EpisodeRow,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) =>
  renderChildPage(
    res,
    'missing/correct',
    child,
    {
      pageTitle: 'Correct the episode',
      episode,
      values: { version: String(episode.version), missingType: episode.missing_type, ...values },
      errors,
      typeItems: codeItems(missingTypes, values.missingType ?? episode.missing_type),
      moments: momentInputs(values, errors, { startedAt: episode.started_at, returnedAt: episode.returned_at }),
    },
    status,
  );

const table = new RouteTable()
  .get(
    '/children/:childId/missing',
    childRecordPage('child:view', 'missing_episodes'),
    async (_req, res, { child }) => {
      renderChildPage(res, 'missing/episodes', child, {
        pageTitle: 'Missing and away from placement',
        columns: 'full',
        ...(await missingPage(res, child)),
      });
    },
  )
  .get('/children/:childId/missing/new', childRecordPage('child:record', 'missing_episodes'), (_req, res, { child }) =>
    episodeForm(res, child, {}),
  )
  .post('/children/:childId/missing/new', { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const values = formBody(req);
    const errors = noErrors();
    const episode = readEpisode(res, values, errors);
    if (!episode) return episodeForm(res, child, values, errors, 400);
    try {
      await recordMissingEpisode(res.locals.services.db, res.locals.actor, { childId: child.id, ...episode });
    } catch (error) {
      const refused = refusalErrors(error, ['startedAt', 'returnedAt']);
      if (!refused) throw error;
      return episodeForm(res, child, values, refused, 400);
    }
    req.session.flash = 'The episode is recorded';
    res.redirect(`/children/${child.id}/missing`);
  })
  .get(
    '/children/:childId/exploitation-screenings/new',
    childRecordPage('child:record', 'exploitation_screenings'),
    async (_req, res, { child }) => {
      screeningForm(res, child, await episodesOfChild(res, child), {});
    },
  )
  .post(
    '/children/:childId/exploitation-screenings/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const values = formBody(req);
      const errors = noErrors();
      const episodes = await episodesOfChild(res, child);
      const screening = readScreening(res, child, episodes, values, errors);
      if (!screening) return screeningForm(res, child, episodes, values, errors, 400);
      try {
        await recordExploitationScreening(res.locals.services.db, res.locals.actor, screening);
      } catch (error) {
        const refused = refusalErrors(error, ['screenedOn']);
        if (!refused) throw error;
        return screeningForm(res, child, episodes, values, refused, 400);
      }
      req.session.flash = 'The screening is recorded';
      res.redirect(`/children/${child.id}/missing#screenings`);
    },
  );

addEpisodeStep(table, {
  path: '/children/:childId/missing/:episodeId/return',
  permission: 'child:record',
  record: 'missing_episodes',
  render: returnForm,
  read: (res, _episode, values, errors) => {
    const returnedAt = readMoment(res, values, 'returnedAt', 'the child returned', errors);
    const version = readVersion(values, errors);
    return returnedAt && version !== undefined ? { returnedAt, version } : undefined;
  },
  save: (res, _child, episode, input) =>
    recordReturn(res.locals.services.db, res.locals.actor, { missingEpisodeId: episode.id, ...input }),
  dateFields: ['returnedAt'],
  saved: 'The return is recorded: offer a return home interview within 72 hours',
});

addEpisodeStep(table, {
  path: '/children/:childId/missing/:episodeId/correct',
  permission: 'child:record',
  record: 'missing_episodes',
  render: correctionForm,
  read: (res, _episode, values, errors) => {
    const corrected = readEpisode(res, values, errors);
    const reason = readReason(values, errors);
    const version = readVersion(values, errors);
    return corrected && reason && version !== undefined ? { ...corrected, reason, version } : undefined;
  },
  save: (res, child, episode, input) =>
    correctMissingEpisode(res.locals.services.db, res.locals.actor, {
      childId: child.id,
      missingEpisodeId: episode.id,
      ...input,
    }),
  dateFields: ['startedAt', 'returnedAt'],
  // The interview must still follow the return: the return is what the person is changing.
  aliases: { offeredAt: 'returnedAt', heldAt: 'returnedAt' },
  saved: 'The episode is corrected',
});

export const missingRoutes = table;
