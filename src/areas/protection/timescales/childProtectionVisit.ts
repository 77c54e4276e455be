// Local standard: the child on a child protection plan is seen at least every 10 working days (council setting).
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { visitsWhileOnPlan } from '../../planning/index.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'cp-visit': true;
  }
}

export const childProtectionVisit: TimescaleRule = {
  id: 'cp-visit',
  title: 'Child protection visit, child seen',
  source: 'Local standard (council; common values 10 working days to 4 weeks)',
  kind: 'local',
  occurrences: (context) =>
    visitsWhileOnPlan(
      context,
      context.journey.childProtectionPlans,
      'child-protection',
      context.settings.childProtectionVisitWorkingDays,
    ),
};
