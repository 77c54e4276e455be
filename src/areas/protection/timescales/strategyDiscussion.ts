// Local standard: Working Together to Safeguard Children 2023 requires a strategy discussion but sets no number of days.
import { date, deadline, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'strategy-discussion': true;
  }
}

export const strategyDiscussion: TimescaleRule = {
  id: 'strategy-discussion',
  title: 'Strategy discussion held',
  source: 'Local standard (Working Together to Safeguard Children 2023 requires one; no national timescale)',
  kind: 'local',
  occurrences(context) {
    return context.journey.strategyDiscussions.flatMap((discussion) => {
      const decided = date(discussion.decisionDate);
      return deadline(context, {
        recordId: discussion.id,
        startedOn: decided,
        dueOn: workingDaysAfter(context, decided, context.settings.strategyDiscussionWorkingDays),
        metOn: optionalDate(discussion.heldDate),
      });
    });
  },
};
