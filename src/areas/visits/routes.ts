// A child's visits: the list, and recording one — for brothers and sisters seen on the same visit, a
// visit on each child's record with their own part. A visit, with the child's wishes and feelings
// in their own words, is a long form.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import { formBody, noErrors, refusalErrors, renderChildPage } from '../../platform/web/childPages.ts';
import { visitPurposes } from './codes.ts';
import { recordVisits, visitsBetween } from './store.ts';
import { readVisits, renderVisitForm, withRecordedTogether } from './presenters.ts';
import { siblingsToRecordFor } from '../people/index.ts';

export const visitRoutes = new RouteTable()
  .get('/children/:childId/visits', childRecordPage('child:view', 'visits'), async (_req, res, { child }) => {
    const visits = await visitsBetween(res.locals.services.db, child.id, '0001-01-01', '9999-12-31');
    renderChildPage(res, 'visits/visits', child, {
      pageTitle: 'Visits',
      columns: 'full',
      visits: await withRecordedTogether(res, visits.reverse()),
    });
  })
  .get('/children/:childId/visits/new', childRecordPage('child:record', 'visits'), async (req, res, { child }) => {
    const draft = await draftFor(req, res, child.id);
    const purpose =
      typeof req.query.purpose === 'string' && req.query.purpose in visitPurposes ? req.query.purpose : undefined;
    await renderVisitForm(res, child, await siblingsToRecordFor(res, child), draft.values ?? { purpose }, { draft });
  })
  .post(
    '/children/:childId/visits/new',
    { permission: 'child:record', child: true, draft: 'Visit' },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const siblings = await siblingsToRecordFor(res, child);
      const visits = readVisits(res, child, siblings, values, errors);
      if (!visits) return renderVisitForm(res, child, siblings, values, { errors }, 400);
      try {
        await recordVisits(res.locals.services.db, res.locals.actor, visits);
      } catch (error) {
        const refused = refusalErrors(error, ['visitDate']);
        if (refused) return renderVisitForm(res, child, siblings, values, { errors: refused }, 400);
        throw error;
      }
      await discardDraft(res.locals.services.db, res.locals.user!.id, req.path);
      req.session.flash =
        visits.length > 1 ? `The visit is recorded for ${visits.length} children` : 'The visit is recorded';
      res.redirect(`/children/${child.id}/visits`);
    },
  );
