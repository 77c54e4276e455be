// The county's five locality hubs and their postcode districts, town and rural (a local choice
// shaped like a rural English county: one county town, market towns, and large rural areas).
import type { Random } from './random.ts';

export const hubDistricts: Record<string, { town: string[]; rural: string[] }> = {
  North: { town: ['SY11', 'SY12', 'SY13'], rural: ['SY4', 'TF9'] },
  South: { town: ['SY8', 'SY7'], rural: ['SY6', 'WV16', 'DY14'] },
  East: { town: ['TF11', 'TF12', 'WV15'], rural: ['TF13', 'TF10'] },
  West: { town: ['SY10', 'SY15'], rural: ['SY9', 'SY5', 'SY21'] },
  Central: { town: ['SY1', 'SY2', 'SY3'], rural: ['SY4', 'SY5'] },
};

/** Postcode districts outside the county, for placements made out of area, and the authority each is in. */
export const outOfCountyAuthorities: Record<string, string> = {
  WV1: 'Wolverhampton',
  WV10: 'Wolverhampton',
  B23: 'Birmingham',
  B70: 'Sandwell',
  ST5: 'Staffordshire',
  ST16: 'Staffordshire',
  CW1: 'Cheshire East',
  LL13: 'Wrexham',
  HR4: 'Herefordshire',
  WR5: 'Worcestershire',
  DY1: 'Dudley',
  TF3: 'Telford and Wrekin',
};
export const outOfCountyDistricts = Object.keys(outOfCountyAuthorities);

// Inward codes never use C, I, K, M, O or V.
const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ';

export function postcodeIn(random: Random, district: string): string {
  return `${district} ${random.int(1, 9)}${random.pick([...inwardLetters])}${random.pick([...inwardLetters])}`;
}
