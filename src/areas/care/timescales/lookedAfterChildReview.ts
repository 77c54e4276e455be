// Care Planning, Placement and Case Review (England) Regulations 2010, reg 33: first review within 20 working days, second within 3 months, then at most 6 months apart.
import { addMonths } from '../../../core/calendar.ts';
import { date, optionalDate, recurring, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { datesInPeriod } from './periodOfCare.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cla-review': true;
  }
}

export const lookedAfterChildReview: TimescaleRule = {
  id: 'cla-review',
  title: 'Review of the looked after child',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 33',
  kind: 'national',
  occurrences(context) {
    return context.journey.periodsOfCare.flatMap((period) =>
      recurring(context, {
        recordId: period.id,
        startedOn: date(period.startDate),
        endedOn: optionalDate(period.endDate),
        events: datesInPeriod(period, context.journey.lookedAfterReviews),
        next: (from, occurrence) =>
          occurrence === 0 ? workingDaysAfter(context, from, 20) : addMonths(from, occurrence === 1 ? 3 : 6),
      }),
    );
  },
};
