// Local standard: the child on a child in need plan is seen at least every 20 working days (council setting).
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { visitsWhileOnPlan } from './visitsWhileOnPlan.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cin-visit': true;
  }
}

export const childInNeedVisit: TimescaleRule = {
  id: 'cin-visit',
  title: 'Child in need visit, child seen',
  source: 'Local standard (council)',
  kind: 'local',
  occurrences: (context) =>
    visitsWhileOnPlan(
      context,
      context.journey.childInNeedPlans,
      'child-in-need',
      context.settings.childInNeedVisitWorkingDays,
    ),
};
