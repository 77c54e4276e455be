import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { placementsInYear, reportingYearStart, type PlacementEpisode } from './placementStability.ts';

const on = (date: string) => Temporal.PlainDate.from(date);

// Placed 1 January 2026, moved 10 and 20 March, moved again 1 April, a legal status change 20 April.
const episodes: PlacementEpisode[] = [
  { startDate: '2026-01-01', endDate: '2026-03-10', reasonNewEpisode: 'S' },
  { startDate: '2026-03-10', endDate: '2026-03-20', reasonNewEpisode: 'P' },
  { startDate: '2026-03-20', endDate: '2026-04-01', reasonNewEpisode: 'B' },
  { startDate: '2026-04-01', endDate: '2026-04-20', reasonNewEpisode: 'T' },
  { startDate: '2026-04-20', endDate: null, reasonNewEpisode: 'L' },
];

describe('placement stability (903 year to 31 March)', () => {
  test('the year begins on 1 April', () => {
    assert.equal(reportingYearStart(on('2026-03-31')).toString(), '2025-04-01');
    assert.equal(reportingYearStart(on('2026-04-01')).toString(), '2026-04-01');
  });

  test('on 31 March the three placements of the year count; on 1 April the year starts again', () => {
    assert.equal(placementsInYear(episodes, on('2026-03-31')), 3);
    // The placement left on 1 April is last year's; the one begun that day is this year's.
    assert.equal(placementsInYear(episodes, on('2026-04-01')), 1);
    // A change of legal status alone is not a new placement.
    assert.equal(placementsInYear(episodes, on('2026-05-01')), 1);
  });

  test('the placement the child was in as the year began counts, however long ago it began', () => {
    const settled: PlacementEpisode[] = [
      { startDate: '2019-02-28', endDate: '2026-05-01', reasonNewEpisode: 'S' },
      { startDate: '2026-05-01', endDate: '2026-06-01', reasonNewEpisode: 'P' },
      { startDate: '2026-06-01', endDate: null, reasonNewEpisode: 'U' },
    ];
    assert.equal(placementsInYear(settled, on('2026-05-31')), 2);
    assert.equal(placementsInYear(settled, on('2026-06-01')), 3);
    // Episodes recorded ahead of today are not yet placements.
    assert.equal(placementsInYear(settled, on('2026-04-30')), 1);
  });
});
