// SSDA903 placement stability (DfE, Children looked after in England, measure A1): children looked after with three or more placements during the year to 31 March.
import { Temporal } from 'temporal-polyfill';

/** An SSDA903 episode as the measure reads it. */
export interface PlacementEpisode {
  startDate: string;
  endDate: string | null;
  /** RNE: every reason but L (legal status only) begins a placement. */
  reasonNewEpisode: string;
}

/** How many placements make a child's year unstable. */
export const unstablePlacementCount = 3;

/** The first day of the 903 year (1 April) that `today` falls in. */
export function reportingYearStart(today: Temporal.PlainDate): Temporal.PlainDate {
  return Temporal.PlainDate.from({ year: today.month >= 4 ? today.year : today.year - 1, month: 4, day: 1 });
}

/**
 * The child's placements in the year so far: those begun from 1 April to today, and the one they
 * were in as the year began. A placement left on 1 April is last year's: episodes run up to, not
 * through, their end date, as the next begins that day.
 */
export function placementsInYear(episodes: readonly PlacementEpisode[], today: Temporal.PlainDate): number {
  const yearStart = reportingYearStart(today).toString();
  const on = today.toString();
  const placements: { start: string; end: string | null }[] = [];
  for (const episode of [...episodes].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    const current = placements.at(-1);
    if (current && episode.reasonNewEpisode === 'L') current.end = episode.endDate;
    else placements.push({ start: episode.startDate, end: episode.endDate });
  }
  return placements.filter(
    (placement) => placement.start <= on && (placement.end === null || placement.end > yearStart),
  ).length;
}
