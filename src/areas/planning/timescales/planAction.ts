// Local standard (Ofsted 2017 recommendation: plan actions with clear timescales): each action done by its own due date.
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { ChildJourney } from '../../../core/timescales/journey.ts';
import type { PlanAction } from '../journey.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'plan-action': true;
  }
}

/** The end of the CIN plan, CP plan or period of care (care plan) an action belongs to. */
function planEndDate(journey: ChildJourney, action: PlanAction): string | undefined {
  const plans = {
    'child-in-need': journey.childInNeedPlans,
    'child-protection': journey.childProtectionPlans,
    care: journey.periodsOfCare,
  }[action.planType];
  return plans.find((plan) => plan.id === action.planId)?.endDate;
}

export const planAction: TimescaleRule = {
  id: 'plan-action',
  title: 'Plan action done',
  source: 'Local standard (Ofsted 2017 recommendation: plan actions with clear timescales)',
  kind: 'local',
  occurrences(context) {
    return context.journey.planActions.flatMap((action) =>
      deadline(context, {
        recordId: action.id,
        title: `Plan action: ${action.description}`,
        startedOn: date(action.recordedDate),
        dueOn: date(action.dueDate),
        metOn: optionalDate(action.doneDate),
        endedOn: optionalDate(planEndDate(context.journey, action)),
      }),
    );
  },
};
