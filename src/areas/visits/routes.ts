// A child's visits: the list, and recording one. A visit, with the child's wishes and feelings in
// their own words, is a long form.
import type { Response } from 'express';
import { z } from 'zod';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import type { Child } from '../../platform/web/childPages.ts';
import {
  addError,
  chosenId,
  codeItems,
  codeOf,
  codesOf,
  dateInputs,
  formBody,
  hasErrors,
  mergeErrors,
  noErrors,
  optionalText,
  readDate,
  refusalErrors,
  renderChildPage,
  today,
  yesNo,
} from '../../platform/web/childPages.ts';
import { workerItems, workerOfUser, workersInPost } from '../workforce/index.ts';
import { visitPurposes } from './codes.ts';
import { voiceGatheredBy } from '../../platform/records/childsVoice.ts';
import { recordVisit, visitsBetween } from './store.ts';

const visitSchema = z.object({
  purpose: codeOf(visitPurposes, 'Select the purpose of the visit'),
  childSeen: yesNo('Select yes if the child was seen'),
  seenAlone: yesNo('Select yes if the child was seen alone').optional(),
  wishesAndFeelings: optionalText(10000, 'Wishes and feelings'),
  voiceGathered: codesOf(voiceGatheredBy, 'Select how their wishes and feelings were gathered from the list'),
  visitedBy: chosenId('Select who visited from the list'),
});

async function renderVisitForm(
  res: Response,
  child: Child,
  values: Record<string, unknown>,
  extras: { errors?: FormErrors; draft?: unknown } = {},
  status = 200,
) {
  const visitors = await workersInPost(res.locals.services.db, today(res).toString());
  const user = res.locals.user!;
  renderChildPage(
    res,
    'visits/visit-new',
    child,
    {
      pageTitle: 'Record a visit',
      values,
      ...extras,
      dates: dateInputs(values, extras.errors, ['visitDate']),
      purposeItems: codeItems(visitPurposes, values.purpose),
      gatheredItems: codeItems(voiceGatheredBy, values.voiceGathered),
      // The person recording the visit is who visited, until they choose someone else.
      visitorItems: workerItems(visitors, {
        ownTeamId: user.team_id,
        selected: values.visitedBy ?? workerOfUser(visitors, user.id)?.id,
        prompt: 'Select who visited',
      }),
    },
    status,
  );
}

export const visitRoutes = new RouteTable()
  .get('/children/:childId/visits', childRecordPage('child:view', 'visits'), async (_req, res, { child }) => {
    const visits = await visitsBetween(res.locals.services.db, child.id, '0001-01-01', '9999-12-31');
    renderChildPage(res, 'visits/visits', child, {
      pageTitle: 'Visits',
      columns: 'full',
      visits: visits.reverse(),
    });
  })
  .get('/children/:childId/visits/new', childRecordPage('child:record', 'visits'), async (req, res, { child }) => {
    const draft = await draftFor(req, res, child.id);
    const purpose =
      typeof req.query.purpose === 'string' && req.query.purpose in visitPurposes ? req.query.purpose : undefined;
    await renderVisitForm(res, child, draft.values ?? { purpose }, { draft });
  })
  .post(
    '/children/:childId/visits/new',
    { permission: 'child:record', child: true, draft: 'Visit' },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const visitDate = readDate(values, 'visitDate', { label: 'The date of the visit', notAfter: today(res) }, errors);
      const form = parseForm(visitSchema, values);
      mergeErrors(errors, form.ok ? undefined : form.errors);
      if (form.ok) {
        if (form.value.childSeen === 'yes' && !form.value.seenAlone)
          addError(errors, 'seenAlone', 'Select yes if the child was seen alone');
        if (form.value.childSeen === 'no' && form.value.seenAlone === 'yes')
          addError(errors, 'seenAlone', 'A child seen alone must also be recorded as seen');
        // Their words are data only with how they were heard.
        if (form.value.wishesAndFeelings && form.value.voiceGathered.length === 0)
          addError(errors, 'voiceGathered', 'Select how their wishes and feelings were gathered');
      }
      if (!form.ok || !visitDate || hasErrors(errors)) return renderVisitForm(res, child, values, { errors }, 400);
      try {
        await recordVisit(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          date: visitDate,
          purpose: form.value.purpose,
          childSeen: form.value.childSeen === 'yes',
          seenAlone: form.value.seenAlone === 'yes',
          wishesAndFeelings: form.value.wishesAndFeelings,
          voiceGathered: form.value.wishesAndFeelings ? form.value.voiceGathered : [],
          visitedBy: form.value.visitedBy,
        });
      } catch (error) {
        const refused = refusalErrors(error, ['visitDate']);
        if (refused) return renderVisitForm(res, child, values, { errors: refused }, 400);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash = 'The visit is recorded';
      res.redirect(`/children/${child.id}/visits`);
    },
  );
