// Working Together to Safeguard Children 2023, ch.2: first review within 3 months of the initial conference, then at most 6 months apart.
import { addMonths } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cp-review': true;
  }
}

export const childProtectionReviewConference: TimescaleRule = {
  id: 'cp-review',
  title: 'Child protection review conference',
  source: 'Working Together to Safeguard Children 2023, chapter 2',
  kind: 'national',
  occurrences(context) {
    const { childProtectionPlans, conferences } = context.journey;
    return childProtectionPlans.flatMap((plan) =>
      recurring(context, {
        recordId: plan.id,
        startedOn: date(plan.startDate),
        endedOn: optionalDate(plan.endDate),
        events: conferences.filter((c) => c.type === 'review' && c.planId === plan.id).map((c) => date(c.date)),
        next: (from, occurrence) => addMonths(from, occurrence === 0 ? 3 : 6),
      }),
    );
  },
};
