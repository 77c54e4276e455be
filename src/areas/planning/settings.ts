import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    childInNeedVisitWorkingDays: number;
    childInNeedReviewWeeks: number;
  }
}

/** The child in need standards a council sets: visits and plan reviews. */
export const planningSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'childInNeedVisitWorkingDays',
    label: 'Child in need visits at least every',
    suffix: 'working days',
    described: 'working days between child in need visits',
    min: 5,
    max: 60,
    default: 20,
  },
  {
    kind: 'number',
    name: 'childInNeedReviewWeeks',
    label: 'Child in need plan reviews at least every',
    suffix: 'weeks',
    described: 'weeks between child in need reviews',
    min: 4,
    max: 26,
    default: 12,
  },
];
