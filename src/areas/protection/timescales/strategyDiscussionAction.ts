// Local standard (Working Together to Safeguard Children 2023: a strategy discussion agrees what action is needed, by whom and when): each action done by its own date.
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { ChildJourney } from '../../../core/timescales/journey.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import type { StrategyDiscussionAction } from '../journey.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'strategy-discussion-action': true;
  }
}

/**
 * The close of the episode of need the discussion was held in (the referral open that day): an
 * action still not done then leaves the to-do lists, missed.
 */
function episodeClosed(journey: ChildJourney, action: StrategyDiscussionAction): string | undefined {
  return journey.referrals.find(
    (referral) =>
      referral.referralDate <= action.agreedDate && (!referral.closureDate || referral.closureDate > action.agreedDate),
  )?.closureDate;
}

export const strategyDiscussionAction: TimescaleRule = {
  id: 'strategy-discussion-action',
  title: 'Strategy discussion action done',
  source: 'Local standard (Working Together to Safeguard Children 2023: who does what, by when)',
  kind: 'local',
  occurrences(context) {
    return context.journey.strategyDiscussionActions.flatMap((action) =>
      deadline(context, {
        recordId: action.id,
        title: `Strategy discussion action: ${action.description}`,
        startedOn: date(action.agreedDate),
        dueOn: date(action.dueDate),
        metOn: optionalDate(action.doneDate),
        endedOn: optionalDate(episodeClosed(context.journey, action)),
      }),
    );
  },
};
