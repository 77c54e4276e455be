// Strategy discussions: deciding on one, recording it held (both long forms, kept as drafts), and starting
// the section 47 enquiry it decided.
import { openReferralOn } from '../assessment/index.ts';
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import { discardDraft, draftFor, savedAsDraft } from '../../platform/web/drafts.ts';
import {
  formBody,
  hasErrors,
  idParam,
  noErrors,
  readDate,
  refusalErrors,
  today,
} from '../../platform/web/childPages.ts';
import { recordStrategyDiscussions, startSection47Enquiries } from './store.ts';
import {
  discussedTogether,
  discussionOf,
  readAlsoFor,
  readHeld,
  readPractice,
  renderNewDiscussion,
  renderDiscussion,
} from './presenters.ts';
import { siblingsToRecordFor } from '../people/index.ts';
import { discussionFormRoutes } from './discussionForm.ts';

// Recording it held is a task list of its own (discussionForm.ts).
export const strategyDiscussionRoutes = discussionFormRoutes(new RouteTable())
  .get(
    '/children/:childId/strategy-discussions/new',
    childRecordPage('child:record', 'strategy_discussions'),
    async (req, res, { child }) => {
      const draft = await draftFor(req, res, child.id);
      renderNewDiscussion(res, child, await siblingsToRecordFor(res, child), draft.values ?? {}, { draft });
    },
  )
  .post(
    '/children/:childId/strategy-discussions/new',
    { permission: 'child:record', child: true, draft: 'Strategy discussion' },
    async (req, res, { child }) => {
      if (await savedAsDraft(req, res, child.id)) return;
      const values = formBody(req);
      const errors = noErrors();
      const siblings = await siblingsToRecordFor(res, child);
      const decisionDate = readDate(
        values,
        'decisionDate',
        { label: 'The date of the decision', notAfter: today(res) },
        errors,
      );
      const held = readHeld(res, values, decisionDate, errors, false);
      const practice = readPractice(values, errors);
      const alsoFor = readAlsoFor(
        values,
        siblings.map((sibling) => ({ key: sibling.id, name: sibling.name })),
        Boolean(held?.heldDate),
        errors,
      );
      if (!decisionDate || !held || !practice || hasErrors(errors))
        return renderNewDiscussion(res, child, siblings, values, { errors }, 400);
      const { db } = res.locals.services;
      const children = [
        { childId: child.id, decision: held.decision ?? null },
        ...alsoFor.map((other) => ({ childId: other.key, decision: other.decision })),
      ];
      try {
        // Each discussion belongs to its child's CIN episode open on the day it was decided, when there is one.
        const referrals = await Promise.all(children.map((each) => openReferralOn(db, each.childId, decisionDate)));
        const [discussion] = await recordStrategyDiscussions(
          db,
          res.locals.actor,
          children.map((each, i) => ({
            ...each,
            referralId: referrals[i]?.id ?? null,
            decisionDate,
            heldDate: held.heldDate,
            agencies: held.agencies,
            ...practice,
          })),
        );
        await discardDraft(db, res.locals.user!.id, req.path);
        req.session.flash =
          children.length > 1
            ? `The strategy discussion is recorded for ${children.length} children`
            : 'The strategy discussion is recorded';
        res.redirect(`/children/${child.id}/strategy-discussions/${discussion!.id}`);
      } catch (error) {
        const refused = refusalErrors(error, ['decisionDate', 'heldDate'], { referralId: 'decisionDate' });
        if (refused) return renderNewDiscussion(res, child, siblings, values, { errors: refused }, 400);
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
    '/children/:childId/strategy-discussions/:discussionId/section-47',
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      // Brothers' and sisters' enquiries decided in the same discussion start with this child's.
      const { enquiriesToStart } = await discussedTogether(res, discussion);
      try {
        const [enquiry] = await startSection47Enquiries(res.locals.services.db, res.locals.actor, [
          { childId: child.id, strategyDiscussionId: discussion.id },
          ...enquiriesToStart.map((other) => ({ childId: other.childId, strategyDiscussionId: other.discussionId })),
        ]);
        req.session.flash = enquiriesToStart.length
          ? `The section 47 enquiries are started for ${enquiriesToStart.length + 1} children`
          : 'The section 47 enquiry is started';
        res.redirect(`/children/${child.id}/section-47-enquiries/${enquiry!.id}`);
      } catch (error) {
        const refused = refusalErrors(error, [], { strategyDiscussionId: 'record' });
        if (refused) return renderDiscussion(res, child, discussion, refused, 400);
        throw error;
      }
    },
  );
