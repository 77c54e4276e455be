// How a figure is written for people: the unit's sign, one decimal place where the unit has them.
import type { IndicatorUnit } from './model.ts';

const suffix: Record<IndicatorUnit, string> = {
  count: '',
  rate10k: ' per 10,000',
  percent: '%',
  days: ' days',
  weeks: ' weeks',
  average: '',
};

/** '121.9 per 10,000', '33.3%', '7', or '–' where there is no figure (nothing to divide by). */
export function formatValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return '–';
  const number =
    unit === 'count'
      ? value.toLocaleString('en-GB')
      : value.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${number}${suffix[unit]}`;
}
