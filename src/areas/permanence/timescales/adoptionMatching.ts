// DfE adoption scorecard A2: placement order to match with adopters, threshold 4 months (121 days).
import { addDays } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { placementOrderToMatchThreshold } from '../adoptionScorecard.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'adoption-a2': true;
  }
}

export const adoptionMatching: TimescaleRule = {
  id: 'adoption-a2',
  title: 'Child matched with adopters (scorecard A2)',
  source: 'DfE adoption scorecard A2 (121 days)',
  kind: 'national',
  occurrences(context) {
    return context.journey.adoptionPlans.flatMap((plan) => {
      if (plan.placementOrderDate === undefined) return [];
      const ordered = date(plan.placementOrderDate);
      return deadline(context, {
        recordId: plan.id,
        startedOn: ordered,
        dueOn: addDays(ordered, placementOrderToMatchThreshold),
        metOn: optionalDate(plan.matchedDate),
        endedOn: optionalDate(plan.endedDate),
      });
    });
  },
};
