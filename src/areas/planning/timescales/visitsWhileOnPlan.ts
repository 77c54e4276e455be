// Visits with the child seen, every N working days while a plan lasts: the
// shape shared by the child protection and child in need visit standards.
import { date, optionalDate, recurring, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { Visit } from '../../visits/index.ts';
import type { Occurrence, RuleContext } from '../../../core/timescales/model.ts';

export function visitsWhileOnPlan(
  context: RuleContext,
  plans: readonly { id: string; startDate: string; endDate?: string }[],
  purpose: Visit['purpose'],
  everyWorkingDays: number,
): Occurrence[] {
  const seen = context.journey.visits.filter((v) => v.purpose === purpose && v.childSeen).map((v) => date(v.date));
  return plans.flatMap((plan) =>
    recurring(context, {
      recordId: plan.id,
      startedOn: date(plan.startDate),
      endedOn: optionalDate(plan.endDate),
      events: seen,
      next: (from) => workingDaysAfter(context, from, everyWorkingDays),
    }),
  );
}
