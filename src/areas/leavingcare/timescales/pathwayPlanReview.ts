// Care Leavers (England) Regulations 2010 (text unverified): the pathway plan is reviewed at least every 6 months.
import { addMonths } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'pathway-plan-review': true;
  }
}

export const pathwayPlanReview: TimescaleRule = {
  id: 'pathway-plan-review',
  title: 'Pathway plan review',
  source: 'Care Leavers (England) Regulations 2010 (text unverified)',
  kind: 'national',
  occurrences(context) {
    const { child, careLeaver } = context.journey;
    if (careLeaver?.pathwayPlanDate === undefined) return [];
    return recurring(context, {
      recordId: child.id,
      startedOn: date(careLeaver.pathwayPlanDate),
      endedOn: optionalDate(careLeaver.serviceEndDate),
      events: careLeaver.pathwayPlanReviews.map((r) => date(r.date)),
      next: (from) => addMonths(from, 6),
    });
  },
};
