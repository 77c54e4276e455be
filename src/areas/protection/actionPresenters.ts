// The actions a strategy discussion agreed: the form that adds one (its owner chosen with the plan
// actions' picker), the list on the discussion's page and the page that marks one done.
import type { Response } from 'express';
import { z } from 'zod';
import { parseForm, type FormErrors } from '../../platform/web/forms.ts';
import {
  dateInputs,
  found,
  mergeErrors,
  plainDate,
  readDate,
  renderChildPage,
  requiredText,
  type Child,
} from '../../platform/web/childPages.ts';
import { ownerChoices, ownerName, readOwner } from '../planning/index.ts';
import type { StrategyDiscussion } from './schema.ts';
import { discussionActionsWithOwners } from './store.ts';
import { discussedTogether, chosenToo } from './presenters.ts';

const actionSchema = z.object({
  description: requiredText(1000, 'Enter what is to be done', 'What is to be done must be 1000 characters or fewer'),
});

export const discussionPath = (child: Child, discussion: Pick<StrategyDiscussion, 'id'>) =>
  `/children/${child.id}/strategy-discussions/${discussion.id}`;
const actionsPath = (child: Child, discussion: Pick<StrategyDiscussion, 'id'>) =>
  `${discussionPath(child, discussion)}/actions`;

/** One child's copy of an action, with its owner named, or a 404. */
export async function discussionActionOf(res: Response, child: Child, discussion: StrategyDiscussion, id: number) {
  const action = found(
    await discussionActionsWithOwners(res.locals.services.db)
      .where('strategy_discussion_actions.id', '=', id)
      .where('strategy_discussion_actions.child_id', '=', child.id)
      .where('strategy_discussion_id', '=', discussion.id)
      .executeTakeFirst(),
  );
  return { ...action, owner: ownerName(action) };
}
type DiscussionAction = Awaited<ReturnType<typeof discussionActionOf>>;

/**
 * The brothers' and sisters' discussions an action can be recorded on too: discussed together with
 * this one, held, and on records this person may open at once.
 */
export const actionAlsoFor = async (res: Response, discussion: StrategyDiscussion) =>
  (await discussedTogether(res, discussion)).shown
    .filter((other) => other.held && other.mayRecord)
    .map((other) => ({ key: other.discussionId, childId: other.childId, name: other.name }));
type ActionAlsoFor = Awaited<ReturnType<typeof actionAlsoFor>>;

/** What the new action form posted: its description, owner, date by which and the other children chosen. */
export function readAction(
  discussion: StrategyDiscussion,
  offered: ActionAlsoFor,
  values: Record<string, unknown>,
  errors: FormErrors,
) {
  const form = parseForm(actionSchema, values);
  mergeErrors(errors, form.ok ? undefined : form.errors);
  const owner = readOwner(values, errors);
  const dueDate = readDate(
    values,
    'dueDate',
    {
      label: 'The date by which',
      ...(discussion.held_date
        ? {
            notBefore: plainDate(discussion.held_date),
            notBeforeMessage: 'The date by which must be on or after the day the discussion was held',
          }
        : {}),
    },
    errors,
  );
  if (!form.ok || !owner || !dueDate) return undefined;
  return { description: form.value.description, owner, dueDate, alsoFor: chosenToo(values, offered) };
}

export async function renderNewAction(
  res: Response,
  child: Child,
  discussion: StrategyDiscussion,
  offered: ActionAlsoFor,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  const chosen = chosenToo(values, offered).map((other) => other.key);
  renderChildPage(
    res,
    'protection/strategy-action-new',
    child,
    {
      pageTitle: 'Add an action agreed at the strategy discussion',
      discussion,
      path: actionsPath(child, discussion),
      values,
      errors,
      dates: dateInputs(values, errors, ['dueDate']),
      ...(await ownerChoices(res, child, values)),
      alsoFor: offered.map((other) => ({
        value: String(other.key),
        text: other.name,
        checked: chosen.includes(other.key),
      })),
    },
    status,
  );
}

export function renderAction(
  res: Response,
  child: Child,
  discussion: StrategyDiscussion,
  action: DiscussionAction,
  values: Record<string, unknown>,
  errors?: FormErrors,
  status = 200,
) {
  renderChildPage(
    res,
    'protection/strategy-action',
    child,
    {
      pageTitle: 'Strategy discussion action',
      discussion,
      action,
      path: `${actionsPath(child, discussion)}/${action.id}`,
      values: { version: String(action.version), ...values },
      errors,
      dates: dateInputs(values, errors, ['doneDate']),
    },
    status,
  );
}
