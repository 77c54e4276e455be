// Recording a strategy discussion as held, as a GOV.UK task list: who attended, the information
// shared, the decision and its reasons (each brother's and sister's own, when discussed together),
// checked together before it is saved; the actions agreed are recorded on its page once it is held.
import { asList, fieldText } from '../../platform/web/forms.ts';
import { enteredDate } from '../../platform/web/dateInput.ts';
import { taskListRoutes, type Answer } from '../../platform/web/taskList.ts';
import type { RouteTable } from '../../platform/web/routeSpec.ts';
import {
  addError,
  hasErrors,
  idParam,
  noErrors,
  saveOrShowAgain,
  versionField,
} from '../../platform/web/childPages.ts';
import { agencies, strategyDecisions } from './codes.ts';
import { recordStrategyDiscussionsHeld } from './store.ts';
import {
  alsoForItems,
  attendeeRows,
  discussedTogether,
  discussionFormItems,
  discussionOf,
  readAlsoFor,
  readHeld,
  readPractice,
} from './presenters.ts';

const attendeeFields = Array.from({ length: attendeeRows }, (_, i) =>
  ['Name', 'Agency', 'Role'].map((part) => `attendee${i + 1}${part}`),
).flat();
const text = (value: unknown) => fieldText(value).trim();
const decisionText = (value: unknown) => {
  const code = fieldText(value);
  return code in strategyDecisions ? strategyDecisions[code as keyof typeof strategyDecisions] : '';
};

export const discussionFormRoutes = (table: RouteTable) =>
  taskListRoutes(table, {
    name: 'Strategy discussion held',
    path: '/children/:childId/strategy-discussions/:discussionId/held',
    submitText: 'Record as held',
    record: { table: 'strategy_discussions', idParam: 'discussionId' },
    permission: 'child:record',
    sections: [
      {
        slug: 'attendees',
        title: 'Who attended',
        fields: ['heldDate', 'agencies', ...attendeeFields],
        template: 'protection/sections/attendees.njk',
      },
      {
        slug: 'information-shared',
        title: 'Information shared',
        fields: ['informationShared'],
        template: 'protection/sections/information-shared.njk',
      },
      {
        slug: 'decision',
        title: 'Decision and reasons',
        // `decision` covers each brother's and sister's own, `decision-<their discussion>`.
        fields: ['decision', 'together', 'decisionReasons'],
        template: 'protection/sections/decision.njk',
      },
      { slug: 'actions', title: 'Actions agreed', fields: [] },
    ],
    async load(req, res, child) {
      const discussion = await discussionOf(res, child, idParam(req, 'discussionId'));
      // Brothers' and sisters' discussions recorded with this one and not yet held, each with their own decision.
      const { stillToHold } = await discussedTogether(res, discussion);
      return { discussion, offered: stillToHold.map((other) => ({ ...other, key: other.discussionId })) };
    },
    closedAt: ({ discussion }) =>
      discussion.held_date ? `/children/${discussion.child_id}/strategy-discussions/${discussion.id}` : undefined,
    formPath: ({ discussion }) => `/children/${discussion.child_id}/strategy-discussions/${discussion.id}/held`,
    title: () => 'Record the strategy discussion as held',
    stored: ({ discussion }) => ({ version: String(discussion.version) }),
    view: (_res, _child, { discussion, offered }, values, errors) => ({
      discussion,
      ...discussionFormItems(values, errors, ['heldDate']),
      alsoFor: alsoForItems(values, errors, offered, true),
      inDraft: true,
    }),
    check(res, _child, { discussion, offered }, values) {
      const errors = noErrors();
      const held = readHeld(res, values, discussion.decision_date, errors, true);
      const practice = readPractice(values, errors);
      const alsoFor = readAlsoFor(values, offered, true, errors);
      const version = versionField.safeParse(values.version);
      if (!version.success) addError(errors, 'record', 'Reload the page and try again');
      if (!held?.heldDate || !held.decision || !practice || !version.success || hasErrors(errors)) return { errors };
      const others = alsoFor.map((chosen) => {
        const other = offered.find((each) => each.key === chosen.key)!;
        return { childId: other.childId, id: other.discussionId, version: other.version, decision: chosen.decision! };
      });
      return {
        submission: {
          heldDate: held.heldDate,
          agencies: held.agencies,
          ...practice,
          discussions: [
            { childId: discussion.child_id, id: discussion.id, version: version.data, decision: held.decision },
            ...others,
          ],
        },
      };
    },
    answers(_res, child, { offered }, values) {
      const chosen = offered.filter((other) => asList(values.together).includes(String(other.key)));
      const attendees: Answer[] = Array.from({ length: attendeeRows }, (_, i) => i + 1).flatMap((row) => {
        const [name, agency, role] = ['Name', 'Agency', 'Role'].map((part) => text(values[`attendee${row}${part}`]));
        if (!name && !agency && !role) return [];
        const agencyName = agency && agency in agencies ? agencies[agency as keyof typeof agencies] : agency;
        return [{ key: `Attendee ${row}`, value: [name, agencyName, role].filter(Boolean).join(', ') }];
      });
      return Promise.resolve({
        attendees: [
          { key: 'Date held', value: enteredDate(values, 'heldDate') },
          {
            key: 'Agencies present',
            value: asList(values.agencies)
              .filter((code) => code in agencies)
              .map((code) => agencies[code as keyof typeof agencies])
              .join('; '),
          },
          ...attendees,
        ],
        'information-shared': [{ key: 'Information shared', value: text(values.informationShared) }],
        decision: [
          {
            key: chosen.length ? `Decision about ${child.forename}` : 'Decision',
            value: decisionText(values.decision),
          },
          ...chosen.map((other) => ({
            key: `Decision about ${other.name}`,
            value: decisionText(values[`decision-${other.key}`]),
          })),
          { key: 'Reasons for the decision', value: text(values.decisionReasons) },
        ],
      });
    },
    // Actions are agreed at a discussion held: they are recorded on its page once it is.
    linked: () => Promise.resolve({ actions: { status: 'Cannot start yet' } }),
    async submit(res, { child, record: { discussion }, submission, values }, again) {
      const saved = await saveOrShowAgain(
        () => recordStrategyDiscussionsHeld(res.locals.services.db, res.locals.actor, submission),
        {
          record: discussion,
          values,
          dateFields: ['heldDate'],
          reload: () => discussionOf(res, child, discussion.id),
          render: (_current, shown, errors, status) => again(errors, status, shown),
        },
      );
      const together = submission.discussions.length;
      return (
        saved && {
          flash:
            together > 1
              ? `The strategy discussion is recorded as held for ${together} children`
              : 'The strategy discussion is recorded as held',
          redirect: `/children/${child.id}/strategy-discussions/${discussion.id}`,
        }
      );
    },
  });
