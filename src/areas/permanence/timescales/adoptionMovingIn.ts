// DfE adoption scorecard A1: entering care to moving in with the adoptive family, threshold 14 months (426 days).
import { addDays, isAfter, compareDates } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

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
      const decided = date(plan.decisionDate);
      const enteredCare = periodsOfCare
        .map((period) => date(period.startDate))
        .filter((start) => !isAfter(start, decided))
        .sort(compareDates)
        .at(-1);
      if (!enteredCare) return [];
      return deadline(context, {
        recordId: plan.id,
        startedOn: enteredCare,
        dueOn: addDays(enteredCare, 426),
        metOn: optionalDate(plan.movedInDate),
        endedOn: optionalDate(plan.endedDate),
      });
    });
  },
};
