// DfE adoption scorecard A1: entering care to moving in with the adoptive family, threshold 14 months (426 days).
import { addDays } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { enteredCareForDecision, enteredCareToMovedInThreshold } from '../adoptionScorecard.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'adoption-a1': true;
  }
}

export const adoptionMovingIn: TimescaleRule = {
  id: 'adoption-a1',
  title: 'Child moves in with adopters (scorecard A1)',
  source: 'DfE adoption scorecard A1 (426 days)',
  kind: 'national',
  occurrences(context) {
    const { adoptionPlans, periodsOfCare } = context.journey;
    return adoptionPlans.flatMap((plan) => {
      // The clock starts when the child entered the period of care the plan was made in.
      const entered = enteredCareForDecision(
        periodsOfCare.map((period) => period.startDate),
        plan.decisionDate,
      );
      if (!entered) return [];
      const enteredCare = date(entered);
      return deadline(context, {
        recordId: plan.id,
        startedOn: enteredCare,
        dueOn: addDays(enteredCare, enteredCareToMovedInThreshold),
        metOn: optionalDate(plan.movedInDate),
        endedOn: optionalDate(plan.endedDate),
      });
    });
  },
};
