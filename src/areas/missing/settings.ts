import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    missingManagerReviewWorkingDays: number;
  }
}

/** The missing-from-home standard a council sets: the manager's review of a return home interview. */
export const missingSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'missingManagerReviewWorkingDays',
    label: 'Manager comment on a return home interview within',
    suffix: 'working days',
    described: 'working days for a manager to review a return home interview',
    min: 1,
    max: 20,
    default: 5,
  },
];
