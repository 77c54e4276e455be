// Local standard: a child in need plan is reviewed at least every 12 weeks (council setting).
import { addWeeks } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cin-review': true;
  }
}

export const childInNeedPlanReview: TimescaleRule = {
  id: 'cin-review',
  title: 'Child in need plan review',
  source: 'Local standard (council)',
  kind: 'local',
  occurrences(context) {
    const { childInNeedPlans, childInNeedPlanReviews } = context.journey;
    return childInNeedPlans.flatMap((plan) =>
      recurring(context, {
        recordId: plan.id,
        startedOn: date(plan.startDate),
        endedOn: optionalDate(plan.endDate),
        events: childInNeedPlanReviews.filter((r) => r.planId === plan.id).map((r) => date(r.date)),
        next: (from) => addWeeks(from, context.settings.childInNeedReviewWeeks),
      }),
    );
  },
};
