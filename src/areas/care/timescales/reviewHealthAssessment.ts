// Care Planning, Placement and Case Review (England) Regulations 2010, reg 7: health reviewed every 6 months before the 5th birthday, every 12 months after.
import { addMonths, ageOn } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { datesInPeriod } from './periodOfCare.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'review-health-assessment': true;
  }
}

export const reviewHealthAssessment: TimescaleRule = {
  id: 'review-health-assessment',
  title: 'Review health assessment',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 7',
  kind: 'national',
  occurrences(context) {
    const dateOfBirth = date(context.journey.child.dateOfBirth);
    return context.journey.periodsOfCare.flatMap((period) => {
      // The chain starts at the period's first assessment; until there is
      // one, the initial health assessment rule is the one that is due.
      const [first, ...later] = datesInPeriod(period, context.journey.healthAssessments);
      if (!first) return [];
      return recurring(context, {
        recordId: period.id,
        startedOn: first,
        endedOn: optionalDate(period.endDate),
        events: later,
        next: (from) => addMonths(from, ageOn(dateOfBirth, from) < 5 ? 6 : 12),
      });
    });
  },
};
