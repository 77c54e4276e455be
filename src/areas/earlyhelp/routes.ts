// Early help episodes: starting one (or a step-down), stepping up to social care, and ending it.
import { Temporal } from 'temporal-polyfill';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, fieldText } from '../../platform/web/forms.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { inPageOrder, refusalOnPage } from '../../platform/web/pageHelpers.ts';
import { addError, childName, hasErrors, mergeErrors, noErrors, readDate } from '../../platform/web/childPages.ts';
import { earlyHelpEpisodesOf, endEarlyHelp, startEarlyHelp, stepUpToSocialCare } from './store.ts';
import {
  startSchema,
  stepUpSchema,
  endSchema,
  chosenReferral,
  episodeFromParams,
  renderStart,
  renderChange,
  openChangeForm,
  saveChange,
} from './presenters.ts';

export const earlyHelpRoutes = new RouteTable()
  .get(
    '/children/:id/early-help',
    childRecordPage('child:view', 'early_help_episodes'),
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
    childRecordPage('child:record', 'early_help_episodes'),
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
    childRecordPage('child:record', 'early_help_episodes', 'episodeId'),
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
    childRecordPage('child:record', 'early_help_episodes', 'episodeId'),
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
