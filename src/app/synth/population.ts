// The county's children by single year of age and sex, for each mid-year: the denominator of
// every rate per 10,000 (DfE: children aged 0–17, ONS mid-year estimate for the council).
import type { CountySettings } from './settings.ts';
import type { Random } from './random.ts';

export interface PopulationEstimate {
  year: number;
  age: number;
  sex: 'M' | 'F';
  count: number;
}

/** Whole numbers summing exactly to `total`, in proportion to `weights` (largest remainders). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (weight / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - counts[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}

/**
 * Cohorts born each year shrink with the birth trend and grow a little with inward migration as
 * they age, so the population changes year to year as a real county's does. The end year holds
 * exactly scale × 59,300 children.
 */
export function populationEstimates(
  settings: CountySettings,
  random: Random,
  scale: number,
  firstYear: number,
  endYear: number,
): PopulationEstimate[] {
  const { childrenAtScale1, maleShare, birthTrendPerYear } = settings.population;
  const cohortNoise = new Map<number, number>();
  const cohort = (birthYear: number) => {
    if (!cohortNoise.has(birthYear)) cohortNoise.set(birthYear, 1 + random.normal(0, 0.012));
    return Math.pow(1 + birthTrendPerYear, birthYear - endYear) * cohortNoise.get(birthYear)!;
  };
  const shape = (year: number) => Array.from({ length: 18 }, (_, age) => cohort(year - age) * (1 + 0.004 * age));
  const endShape = shape(endYear);
  const endTotal = Math.round(childrenAtScale1 * scale);
  const perUnit = endTotal / endShape.reduce((a, b) => a + b, 0);
  const rows: PopulationEstimate[] = [];
  for (let year = firstYear; year <= endYear; year++) {
    const weights = shape(year);
    const total = year === endYear ? endTotal : Math.round(weights.reduce((a, b) => a + b, 0) * perUnit);
    const byAge = apportion(total, weights);
    byAge.forEach((count, age) => {
      const boys = Math.round(count * maleShare);
      rows.push({ year, age, sex: 'F', count: count - boys }, { year, age, sex: 'M', count: boys });
    });
  }
  return rows;
}
