import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    childSeenAloneWeeks: number;
  }
}

/** How often a council expects a child open to it to be seen alone. */
export const visitsSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'childSeenAloneWeeks',
    label: 'Children open to the service seen alone at least every',
    suffix: 'weeks',
    described: 'weeks between the times a child is seen alone',
    min: 1,
    max: 26,
    default: 6,
  },
];
