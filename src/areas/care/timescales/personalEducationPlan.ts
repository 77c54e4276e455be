// Care Planning, Placement and Case Review (England) Regulations 2010, reg 5: a PEP by the first review; reviewed at least every 6 months (virtual school practice, local).
import { addMonths, birthday, laterOf } from '../../../core/calendar.ts';
import { date, optionalDate, recurring, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { datesInPeriod } from './periodOfCare.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    pep: true;
  }
}

export const personalEducationPlan: TimescaleRule = {
  id: 'pep',
  title: 'Personal education plan',
  source:
    'Care Planning, Placement and Case Review (England) Regulations 2010, reg 5; review interval is virtual school practice (local)',
  kind: 'national and local',
  occurrences(context) {
    const { settings, journey } = context;
    const fromAge = birthday(date(journey.child.dateOfBirth), settings.personalEducationPlanFromAge);
    return journey.periodsOfCare.flatMap((period) =>
      recurring(context, {
        recordId: period.id,
        // A child who reaches the age while looked after starts the clock then.
        startedOn: laterOf(date(period.startDate), fromAge),
        endedOn: optionalDate(period.endDate),
        events: datesInPeriod(period, journey.personalEducationPlans),
        next: (from, occurrence) =>
          occurrence === 0
            ? workingDaysAfter(context, from, 20)
            : addMonths(from, settings.personalEducationPlanReviewMonths),
      }),
    );
  },
};
