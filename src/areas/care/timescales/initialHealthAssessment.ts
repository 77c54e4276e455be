// Care Planning, Placement and Case Review (England) Regulations 2010, reg 7 and reg 33: health assessment before the first review (20 working days).
import { date, deadline, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { datesInPeriod } from './periodOfCare.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'initial-health-assessment': true;
  }
}

export const initialHealthAssessment: TimescaleRule = {
  id: 'initial-health-assessment',
  title: 'Initial health assessment',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 7 and reg 33',
  kind: 'national',
  occurrences(context) {
    const initial = context.journey.healthAssessments.filter((a) => a.type === 'initial');
    return context.journey.periodsOfCare.flatMap((period) => {
      const lookedAfter = date(period.startDate);
      return deadline(context, {
        recordId: period.id,
        startedOn: lookedAfter,
        dueOn: workingDaysAfter(context, lookedAfter, 20),
        metOn: datesInPeriod(period, initial)[0],
        endedOn: optionalDate(period.endDate),
      });
    });
  },
};
