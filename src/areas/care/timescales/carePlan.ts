// Care Planning, Placement and Case Review (England) Regulations 2010, reg 4(2): care plan before the first placement, else within 10 working days of its start.
import { type Temporal } from 'temporal-polyfill';
import { date, deadline, earliest, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'care-plan': true;
  }
}

export const carePlan: TimescaleRule = {
  id: 'care-plan',
  title: 'Care plan in place',
  source: 'Care Planning, Placement and Case Review (England) Regulations 2010, reg 4(2)',
  kind: 'national',
  occurrences(context) {
    return context.journey.periodsOfCare.flatMap((period) => {
      const firstPlaced: Temporal.PlainDate =
        earliest(period.placements.map((p) => date(p.startDate))) ?? date(period.startDate);
      return deadline(context, {
        recordId: period.id,
        startedOn: firstPlaced,
        dueOn: workingDaysAfter(context, firstPlaced, 10),
        metOn: optionalDate(period.carePlanDate),
        endedOn: optionalDate(period.endDate),
      });
    });
  },
};
