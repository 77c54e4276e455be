// Local standard (Shropshire practice following Ofsted 2017): a senior manager reviews a child protection plan at 9 months.
import { addMonths } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cp-plan-senior-oversight': true;
  }
}

export const childProtectionPlanSeniorOversight: TimescaleRule = {
  id: 'cp-plan-senior-oversight',
  title: 'Senior manager review of the child protection plan',
  source: 'Local standard (Shropshire practice following Ofsted 2017)',
  kind: 'local',
  occurrences(context) {
    return context.journey.childProtectionPlans.flatMap((plan) => {
      const start = date(plan.startDate);
      return deadline(context, {
        recordId: plan.id,
        startedOn: start,
        dueOn: addMonths(start, context.settings.childProtectionPlanSeniorOversightMonths),
        metOn: optionalDate(plan.seniorManagerReviewDate),
        endedOn: optionalDate(plan.endDate),
      });
    });
  },
};
