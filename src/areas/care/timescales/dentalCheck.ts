// SSDA903 OC2 TEETH_CHECK and Promoting the health and well-being of looked-after children (DfE and DHSC, 2015): a dental check at least every 12 months while looked after.
import { addMonths } from '../../../core/calendar.ts';
import { date, optionalDate, recurring } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { datesInPeriod } from './periodOfCare.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'dental-check': true;
  }
}

export const dentalCheck: TimescaleRule = {
  id: 'dental-check',
  title: 'Dental check',
  source:
    'SSDA903 OC2 (teeth checked by a dentist in the last 12 months); Promoting the health and well-being of looked-after children (2015)',
  kind: 'national',
  occurrences(context) {
    return context.journey.periodsOfCare.flatMap((period) =>
      recurring(context, {
        recordId: period.id,
        startedOn: date(period.startDate),
        endedOn: optionalDate(period.endDate),
        events: datesInPeriod(period, context.journey.dentalChecks),
        next: (from) => addMonths(from, 12),
      }),
    );
  },
};
