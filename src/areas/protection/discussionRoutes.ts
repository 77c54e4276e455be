// Strategy discussions: deciding on one, recording it held, and starting the section 47 enquiry it decided.
import { openReferralOn } from '../assessment/index.ts';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import {
  formBody,
  idParam,
  noErrors,
  readDate,
  refusalErrors,
  saveOrShowAgain,
  today,
  versionField,
} from '../../platform/web/childPages.ts';
import { recordStrategyDiscussion, recordStrategyDiscussionHeld, startSection47Enquiry } from './store.ts';
import { discussionOf, readHeld, renderNewDiscussion, renderDiscussion } from './presenters.ts';

export const strategyDiscussionRoutes = new RouteTable()
  .get(
    '/children/:childId/strategy-discussions/new',
    childRecordPage('child:record', 'strategy_discussions'),
    (_req, res, { child }) => {
      renderNewDiscussion(res, child, {});
    },
  )
  .post(
    '/children/:childId/strategy-discussions/new',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const values = formBody(req);
      const errors = noErrors();
      const decisionDate = readDate(
        values,
        'decisionDate',
        { label: 'The date of the decision', notAfter: today(res) },
        errors,
      );
      const held = readHeld(res, values, decisionDate, errors, false);
      if (!decisionDate || !held) return renderNewDiscussion(res, child, values, errors, 400);
      const { db } = res.locals.services;
      // The discussion belongs to the CIN episode open on the day it was decided, when there is one.
      const referral = await openReferralOn(db, child.id, decisionDate);
      try {
        const discussion = await recordStrategyDiscussion(db, res.locals.actor, {
          childId: child.id,
          referralId: referral?.id ?? null,
          decisionDate,
          ...held,
          decision: held.decision ?? null,
        });
        req.session.flash = 'The strategy discussion is recorded';
        res.redirect(`/children/${child.id}/strategy-discussions/${discussion.id}`);
      } catch (error) {
        const refused = refusalErrors(error, ['decisionDate', 'heldDate'], { referralId: 'decisionDate' });
        if (refused) return renderNewDiscussion(res, child, values, refused, 400);
        throw error;
      }
    },
  )
  .get(
    '/children/:childId/strategy-discussions/:discussionId',
    childRecordPage('child:view', 'strategy_discussions', 'discussionId'),
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      await renderDiscussion(res, child, discussion);
    },
  )
  .post(
    '/children/:childId/strategy-discussions/:discussionId/held',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      const values = formBody(req);
      const errors = noErrors();
      const held = readHeld(res, values, discussion.decision_date, errors, true);
      const version = versionField.safeParse(values.version);
      if (!held?.heldDate || !held.decision || !version.success)
        return renderDiscussion(res, child, discussion, values, errors, 400);
      const saved = await saveOrShowAgain(
        () =>
          recordStrategyDiscussionHeld(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: discussion.id,
            version: version.data,
            heldDate: held.heldDate!,
            agencies: held.agencies,
            decision: held.decision!,
          }),
        {
          record: discussion,
          values,
          dateFields: ['heldDate'],
          reload: () => discussionOf(res, child, discussion.id),
          render: (shown, formValues, formErrors, status) =>
            renderDiscussion(res, child, shown, formValues, formErrors, status),
        },
      );
      if (!saved) return;
      req.session.flash = 'The strategy discussion is recorded as held';
      res.redirect(`/children/${child.id}/strategy-discussions/${discussion.id}`);
    },
  )
  .post(
    '/children/:childId/strategy-discussions/:discussionId/section-47',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      try {
        const enquiry = await startSection47Enquiry(res.locals.services.db, res.locals.actor, {
          childId: child.id,
          strategyDiscussionId: discussion.id,
        });
        req.session.flash = 'The section 47 enquiry is started';
        res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry.id}`);
      } catch (error) {
        const refused = refusalErrors(error, [], { strategyDiscussionId: 'record' });
        if (refused) return renderDiscussion(res, child, discussion, {}, refused, 400);
        throw error;
      }
    },
  );
