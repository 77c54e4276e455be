import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    workerAllocatedWorkingDays: number;
  }
}

/** How soon a council expects a child open to it, and without a worker, to have one. */
export const workforceSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'workerAllocatedWorkingDays',
    label: 'Children open to the service allocated a worker within',
    suffix: 'working days',
    described: 'working days for a child open to the service without a worker to be allocated one',
    min: 0,
    max: 20,
    default: 1,
  },
];
