import type { TimescaleSetting } from '../../core/timescales/settings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    /** Longest gap between personal education plan reviews. */
    personalEducationPlanReviewMonths: number;
    /** Age from which a looked-after child has a personal education plan (early years PEPs from 3). */
    personalEducationPlanFromAge: number;
  }
}

/** The looked-after child's education standards a council sets. */
export const careSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'personalEducationPlanReviewMonths',
    label: 'Personal education plan reviewed at least every',
    suffix: 'months',
    described: 'months between PEP reviews',
    min: 1,
    max: 12,
    default: 6,
  },
  {
    kind: 'number',
    name: 'personalEducationPlanFromAge',
    label: 'Personal education plans from age',
    suffix: 'years',
    described: 'age a PEP starts from',
    min: 0,
    max: 5,
    default: 3,
  },
];
