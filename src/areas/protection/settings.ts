import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    strategyDiscussionWorkingDays: number;
    childProtectionVisitWorkingDays: number;
    childProtectionPlanSeniorOversightMonths: number;
  }
}

/** The protection standards a council sets: strategy discussions, CP visits, senior oversight of a plan. */
export const protectionSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'strategyDiscussionWorkingDays',
    label: 'Strategy discussion held within',
    suffix: 'working days of the decision',
    described: 'working days to hold a strategy discussion',
    min: 0,
    max: 5,
    default: 1,
  },
  {
    kind: 'number',
    name: 'childProtectionVisitWorkingDays',
    label: 'Child protection visits at least every',
    suffix: 'working days',
    described: 'working days between child protection visits',
    min: 5,
    max: 20,
    default: 10,
  },
  {
    kind: 'number',
    name: 'childProtectionPlanSeniorOversightMonths',
    label: 'Senior manager review of a child protection plan at',
    suffix: 'months',
    described: 'months before senior oversight of a plan',
    min: 3,
    max: 24,
    default: 9,
  },
];
