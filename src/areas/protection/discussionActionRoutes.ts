// The actions a strategy discussion agreed: adding one (for brothers and sisters discussed together,
// a copy on each child's discussion), its page, and marking it done.
import { childRecordPage, RouteTable } from '../../platform/web/routeSpec.ts';
import {
  addError,
  formBody,
  hasErrors,
  idParam,
  noErrors,
  refusalErrors,
  saveDoneOn,
} from '../../platform/web/childPages.ts';
import { completeStrategyDiscussionAction, recordStrategyDiscussionActions } from './store.ts';
import { discussionOf } from './presenters.ts';
import {
  actionAlsoFor,
  discussionPath,
  discussionActionOf,
  readAction,
  renderAction,
  renderNewAction,
} from './actionPresenters.ts';

const discussionPage = '/children/:childId/strategy-discussions/:discussionId';

export const discussionActionRoutes = new RouteTable()
  .get(
    `${discussionPage}/actions/new`,
    childRecordPage('child:record', 'strategy_discussions', 'discussionId'),
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      // Actions are agreed at a discussion held: until then its page offers to record it held.
      if (!discussion.held_date) return res.redirect(discussionPath(child, discussion));
      await renderNewAction(res, child, discussion, await actionAlsoFor(res, discussion), {});
    },
  )
  .post(`${discussionPage}/actions/new`, { permission: 'child:record', child: true }, async (req, res, { child }) => {
    const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
    const values = formBody(req);
    const errors = noErrors();
    const offered = await actionAlsoFor(res, discussion);
    if (!discussion.held_date) addError(errors, 'record', 'Record the strategy discussion as held first');
    const action = readAction(discussion, offered, values, errors);
    if (!action || hasErrors(errors)) return renderNewAction(res, child, discussion, offered, values, errors, 400);
    try {
      await recordStrategyDiscussionActions(res.locals.services.db, res.locals.actor, {
        description: action.description,
        owner: action.owner,
        dueDate: action.dueDate,
        discussions: [
          { childId: child.id, id: discussion.id },
          ...action.alsoFor.map((other) => ({ childId: other.childId, id: other.key })),
        ],
      });
    } catch (error) {
      const refused = refusalErrors(error, ['dueDate']);
      if (refused) return renderNewAction(res, child, discussion, offered, values, refused, 400);
      throw error;
    }
    req.session.flash =
      action.alsoFor.length > 0
        ? `The action is added for ${action.alsoFor.length + 1} children`
        : 'The action is added';
    res.redirect(`${discussionPath(child, discussion)}#actions`);
  })
  .get(
    `${discussionPage}/actions/:actionId`,
    childRecordPage('child:view', 'strategy_discussion_actions', 'actionId'),
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      renderAction(
        res,
        child,
        discussion,
        await discussionActionOf(res, child, discussion, idParam(req, 'actionId')),
        {},
      );
    },
  )
  .post(
    `${discussionPage}/actions/:actionId/done`,
    { permission: 'child:record', child: true },
    async (req, res, { child }) => {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      const action = await discussionActionOf(res, child, discussion, idParam(req, 'actionId'));
      const saved = await saveDoneOn(req, res, {
        record: action,
        notBefore: {
          date: action.held_date,
          message: 'The date done must be on or after the day the discussion was held',
        },
        save: (done) =>
          completeStrategyDiscussionAction(res.locals.services.db, res.locals.actor, {
            childId: child.id,
            id: action.id,
            ...done,
          }),
        reload: () => discussionActionOf(res, child, discussion, action.id),
        render: (shown, formValues, formErrors, status) =>
          renderAction(res, child, discussion, shown, formValues, formErrors, status),
      });
      if (!saved) return;
      req.session.flash = `Action done: ${action.description}`;
      res.redirect(`${discussionPath(child, discussion)}#actions`);
    },
  );
