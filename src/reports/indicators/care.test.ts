import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixturePopulation, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import {
  placementsInYear,
  unstablePlacementCount,
  type PlacementEpisode,
} from '../childrenInCare/placementStability.ts';
import { breakdownOf } from './compute.ts';
import { indicatorById } from './catalogue.ts';
import { monthPeriod, yearToDatePeriod } from './periods.ts';

const month = (text: string) => Temporal.PlainYearMonth.from(text);
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

interface Episode {
  start: string;
  end: string | null;
  reason: string;
  legal: string;
  place: string;
}

describe('children in care figures from hand-made records', () => {
  let database: HarbourDatabase;
  const child: Record<string, number> = {};
  const episodesOf: Record<string, PlacementEpisode[]> = {};
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    await fixturePopulation(db, 2025, 36_000);
    await fixturePopulation(db, 2026, 36_000);
    for (const name of ['ada', 'ben', 'cal', 'dee', 'eli'])
      child[name] = await fixtureChild(db, { dateOfBirth: '2015-06-01', locality: name === 'ben' ? 'South' : 'North' });
    const period = async (name: string, episodes: Episode[]) => {
      const last = episodes.at(-1)!;
      const [periodId] = await fixtureRows(db, 'periods_of_care', [
        { child_id: child[name], start_date: episodes[0]!.start, end_date: last.end },
      ]);
      await fixtureRows(
        db,
        'care_episodes',
        episodes.map((episode, i) => ({
          child_id: child[name],
          period_of_care_id: periodId,
          start_date: episode.start,
          end_date: episode.end,
          reason_new_episode: episode.reason,
          legal_status: episode.legal,
          category_of_need: 'N1',
          placement_type: episode.place,
          reason_ceased: episode.end ? (i === episodes.length - 1 ? 'E13' : 'X1') : null,
        })),
      );
      (episodesOf[name] ??= []).push(
        ...episodes.map((e) => ({ startDate: e.start, endDate: e.end, reasonNewEpisode: e.reason })),
      );
    };
    const episode = (start: string, end: string | null, reason: string, legal: string, place: string) => ({
      start,
      end,
      reason,
      legal,
      place,
    });
    // Ada: looked after twice this year, the second time ending on 31 January 2026 (the month's last day);
    // her home moved from the North to the South on 1 June 2025, between the two.
    await db.updateTable('addresses').set({ end_date: '2025-05-31' }).where('child_id', '=', child.ada!).execute();
    await db
      .insertInto('addresses')
      .values({
        child_id: child.ada!,
        line1: '2 Test Street',
        postcode: 'SY1 1AB',
        locality: 'South',
        start_date: '2025-06-01',
      })
      .execute();
    await period('ada', [episode('2025-04-01', '2025-05-15', 'S', 'V2', 'U1')]);
    await period('ada', [episode('2025-12-10', '2026-01-31', 'S', 'C1', 'U1')]);
    // Ben: from 5 January 2026, with foster carers, under a care order.
    await period('ben', [episode('2026-01-05', null, 'S', 'C2', 'U4')]);
    // Cal: an agreed series of short breaks through January.
    await period('cal', [episode('2026-01-02', '2026-01-30', 'S', 'V3', 'U4')]);
    // Dee: since 2023 (spanning every period asked about): residential until May 2025, then foster carers
    // (a change of legal status in September is the same placement), then a children's home from November.
    await period('dee', [
      episode('2023-01-01', '2025-05-01', 'S', 'V2', 'R1'),
      episode('2025-05-01', '2025-09-01', 'P', 'V2', 'U4'),
      episode('2025-09-01', '2025-11-01', 'L', 'C2', 'U4'),
      episode('2025-11-01', null, 'P', 'C2', 'K1'),
    ]);
    // Eli: with the same foster carers since 2020, accommodated under section 20, and an unaccompanied asylum seeker.
    await period('eli', [episode('2020-01-01', null, 'S', 'V2', 'U4')]);
    await db
      .insertInto('immigration_statuses')
      .values({ child_id: child.eli!, status: 'UASC', start_date: '2020-01-01' })
      .execute();
    await fixtureRows(db, 'health_assessments', [
      { child_id: child.eli, assessment_type: 'review', assessment_date: '2025-06-01' },
      { child_id: child.dee, assessment_type: 'review', assessment_date: '2025-01-31' },
    ]);
    await fixtureRows(db, 'dental_checks', [
      { child_id: child.dee, check_date: '2026-01-31' },
      { child_id: child.eli, check_date: '2024-12-01' },
    ]);
    await fixtureRows(db, 'missing_episodes', [
      {
        child_id: child.ben,
        missing_type: 'M',
        started_at: '2026-01-20T10:00:00Z',
        returned_at: '2026-01-21T10:00:00Z',
      },
      // Before Ada's care began: not a child looked after then.
      {
        child_id: child.ada,
        missing_type: 'M',
        started_at: '2025-11-01T10:00:00Z',
        returned_at: '2025-11-01T20:00:00Z',
      },
      // 00:30 on 1 June 2025 in London (British Summer Time): June's.
      {
        child_id: child.dee,
        missing_type: 'A',
        started_at: '2025-05-31T23:30:00Z',
        returned_at: '2025-06-01T09:00:00Z',
      },
    ]);
    const due = (name: string, dueOn: string, metOn: string | null, rule = 'cla-review') => ({
      child_id: child[name]!,
      rule,
      record_id: `${name}-${dueOn}`,
      title: 'Review',
      starts_on: '2025-12-01',
      due_on: dueOn,
      met_on: metOn,
      met_late: metOn === null ? null : metOn > dueOn,
      source: 'test',
    });
    await db
      .insertInto('due_items')
      .values([
        due('ben', '2026-01-20', '2026-01-19'),
        due('dee', '2026-01-10', '2026-01-15'),
        due('eli', '2026-01-25', null),
        due('eli', '2026-02-25', '2026-02-25'),
        // Each of the other on-time figures reads its own rule only.
        due('ben', '2026-01-12', '2026-01-12', 'cla-visit'),
        due('dee', '2026-01-05', '2026-01-09', 'pep'),
        due('eli', '2026-01-14', '2026-01-13', 'return-home-interview'),
        due('dee', '2026-01-18', null, 'return-home-interview'),
      ])
      .execute();
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('started and ceased: short breaks left out, each child once, care ending on the last day ceases that month', async () => {
    const values = await figures(['started-care-rate', 'ceased-care-rate', 'looked-after'], ['2025-12', '2026-01']);
    // January: Ben started (Cal's short breaks do not count); 1 ÷ 36,000 × 10,000.
    assert.equal(values['started-care-rate 2026-01'], 0.3);
    // April 2025 to January 2026: Ada (twice, once counted) and Ben.
    assert.equal(values['started-care-rate 2026-01-ytd'], 0.6);
    // Ada's care ended on 31 January: ceased in January, and not looked after at its end.
    assert.equal(values['ceased-care-rate 2026-01'], 0.3);
    // Ada ceased twice this year (May and January): the last time counts, once.
    assert.equal(values['ceased-care-rate 2026-01-ytd'], 0.3);
    assert.equal(values['looked-after 2026-01'], 3); // Ben, Dee, Eli
    assert.equal(values['looked-after 2025-12'], 3); // Ada, Dee, Eli
  });

  test('placement mix, family settings, court orders and UASC as at the month end', async () => {
    const values = await figures(
      ['placed-foster', 'placed-residential', 'placed-kinship', 'family-settings', 'court-order', 'uasc'],
      ['2025-12', '2026-01'],
    );
    // 31 January: Ben and Eli with foster carers, Dee in a children's home.
    assert.equal(values['placed-foster 2026-01'], percent(2, 3));
    assert.equal(values['placed-residential 2026-01'], percent(1, 3));
    assert.equal(values['placed-kinship 2026-01'], 0);
    assert.equal(values['placed-kinship 2025-12'], percent(1, 3)); // Ada with relatives
    assert.equal(values['family-settings 2026-01'], percent(2, 3));
    // Ben and Dee under care orders; Eli accommodated under section 20.
    assert.equal(values['court-order 2026-01'], percent(2, 3));
    assert.equal(values['uasc 2026-01'], 1);
  });

  test('three or more placements in the year agree with the measure’s own count of each child’s placements', async () => {
    const on = Temporal.PlainDate.from('2026-01-31');
    const lookedAfter = ['ben', 'dee', 'eli'];
    const unstable = lookedAfter.filter((name) => placementsInYear(episodesOf[name]!, on) >= unstablePlacementCount);
    assert.deepEqual(unstable, ['dee']); // residential on 1 April, foster carers from May, a home from November
    const values = await figures(['placement-stability'], ['2026-01', '2026-04']);
    assert.equal(values['placement-stability 2026-01'], percent(unstable.length, lookedAfter.length));
    // From 1 April 2026 a new year: Dee's home is her only placement in it.
    assert.equal(values['placement-stability 2026-04'], 0);
  });

  test('long-term stability: under 16, looked after 2½ years, same placement 2 years', async () => {
    const values = await figures(['long-term-stability'], ['2026-01']);
    // Dee and Eli have been looked after since before 31 July 2023; only Eli has been settled 2 years.
    assert.equal(values['long-term-stability 2026-01'], 50);
  });

  test('health assessments and dental checks of the children looked after for 12 months', async () => {
    const values = await figures(['health-assessments', 'dental-checks'], ['2026-01']);
    // Dee and Eli: Eli's assessment in June 2025 counts; Dee's on 31 January 2025 is more than 12 months before.
    assert.equal(values['health-assessments 2026-01'], 50);
    // Dee's check on 31 January 2026 counts; Eli's in December 2024 does not.
    assert.equal(values['dental-checks 2026-01'], 50);
  });

  test('missing episodes of children looked after, by the day in London they began', async () => {
    const values = await figures(['missing-episodes'], ['2025-06', '2026-01']);
    assert.equal(values['missing-episodes 2026-01'], 1);
    assert.equal(values['missing-episodes 2025-06'], 1);
    assert.equal(values['missing-episodes 2026-01-ytd'], 2);
  });

  test('reviews on time from the stored due items falling due in the period', async () => {
    const values = await figures(['cla-reviews-on-time'], ['2026-01', '2026-02']);
    assert.equal(values['cla-reviews-on-time 2026-01'], percent(1, 3)); // Ben's on time, Dee's late, Eli's not held
    assert.equal(values['cla-reviews-on-time 2026-02'], 100); // held on the day it was due
  });

  test('visits, PEPs and return home interviews on time each read their own rule’s due items', async () => {
    const values = await figures(['cla-visits-on-time', 'peps-on-time', 'return-home-interviews'], ['2026-01']);
    assert.equal(values['cla-visits-on-time 2026-01'], 100); // Ben's visit on the day
    assert.equal(values['peps-on-time 2026-01'], 0); // Dee's PEP four days late
    assert.equal(values['return-home-interviews 2026-01'], 50); // Eli's the day before; Dee's not held
  });

  test('the seven placement groups share out every child looked after', async () => {
    const groups = ['foster', 'kinship', 'residential', 'parents', 'supported', 'adoption', 'other'];
    const values = await figures(
      groups.map((group) => `placed-${group}`),
      ['2026-01'],
    );
    // None of the three at 31 January is placed with parents, in supported accommodation, for adoption or elsewhere.
    for (const group of ['parents', 'supported', 'adoption', 'other'])
      assert.equal(values[`placed-${group} 2026-01`], 0);
    const total = groups.reduce((sum, group) => sum + values[`placed-${group} 2026-01`]!, 0);
    assert.ok(Math.abs(total - 100) < 0.2, `the groups add up to ${total}`);
  });

  test('ceasing care twice in a period is broken down by the last time, once', async () => {
    const period = yearToDatePeriod(month('2026-01'));
    const rows = await breakdownOf(database.db, indicatorById('ceased-care-rate')!, period, 'locality');
    assert.deepEqual(
      rows.map((row) => [row.group, row.numerator]),
      [['South', 1]],
    );
  });

  test('a figure for children looked after broken down by locality', async () => {
    const rows = await breakdownOf(
      database.db,
      indicatorById('placed-foster')!,
      monthPeriod(month('2026-01')),
      'locality',
    );
    assert.deepEqual(
      rows.map((row) => [row.group, row.numerator, row.denominator]),
      [
        ['North', 1, 2],
        ['South', 1, 1],
      ],
    );
  });
});
