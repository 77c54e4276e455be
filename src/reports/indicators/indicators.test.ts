import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixturePopulation, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { breakdownOf, childrenBehind, valueOf } from './compute.ts';
import { indicatorById, indicators } from './catalogue.ts';
import { monthPeriod, monthsEndingWith, seriesPeriods, yearToDatePeriod } from './periods.ts';

const month = (text: string) => Temporal.PlainYearMonth.from(text);
const indicator = (id: string) => indicatorById(id)!;

describe('periods', () => {
  test('a month runs from its first to its last day; February 2028 has 29', () => {
    assert.deepEqual(monthPeriod(month('2028-02')), {
      key: '2028-02',
      kind: 'month',
      label: 'February 2028',
      starts: '2028-02-01',
      ends: '2028-02-29',
    });
  });
  test('the year to date begins on 1 April: March is the twelfth month, April the first', () => {
    assert.equal(yearToDatePeriod(month('2026-03')).starts, '2025-04-01');
    assert.equal(yearToDatePeriod(month('2026-03')).ends, '2026-03-31');
    assert.equal(yearToDatePeriod(month('2026-04')).starts, '2026-04-01');
    assert.equal(yearToDatePeriod(month('2026-04')).label, 'April 2026 to April 2026');
  });
  test('a series is each month and its year to date, oldest first', () => {
    assert.deepEqual(
      seriesPeriods(monthsEndingWith(month('2026-01'), 2)).map((p) => p.key),
      ['2025-12', '2025-12-ytd', '2026-01', '2026-01-ytd'],
    );
  });
});

describe('values from numerator and denominator', () => {
  test('rates per 10,000 and percentages to one decimal place; nothing over nothing is no figure', () => {
    assert.equal(valueOf('rate10k', 724, 0, 59_386), 121.9);
    assert.equal(valueOf('percent', 1, 3, 0), 33.3);
    assert.equal(valueOf('percent', 0, 0, 0), null);
    assert.equal(valueOf('days', 850, 2, 0), 425);
    assert.equal(valueOf('count', 7, 0, 0), 7);
  });
});

describe('the catalogue', () => {
  test('every indicator has a definition, a source and a group, and a unique id', () => {
    const ids = new Set<string>();
    for (const each of indicators) {
      assert.match(each.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(!ids.has(each.id), each.id);
      ids.add(each.id);
      assert.ok(each.definition.length > 20 && each.source.length > 3, each.id);
    }
  });
});

describe('front door and children in care figures from hand-made records', () => {
  let database: HarbourDatabase;
  const children: Record<string, number> = {};
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    await fixturePopulation(db, 2025, 36_000);
    await fixturePopulation(db, 2026, 36_000);
    for (const name of ['ada', 'ben', 'cal', 'dee'])
      children[name] = await fixtureChild(db, { locality: name === 'dee' ? 'South' : 'North' });
    const referral = (child: string, date: string, nfa = false, closed: string | null = null) => ({
      child_id: children[child],
      referral_date: date,
      source: '1A',
      no_further_action: nfa,
      closure_date: closed,
      closure_reason: closed ? 'RC8' : null,
    });
    await fixtureRows(db, 'referrals', [
      // Ada: referred 15 January 2025 and again exactly 12 months later, 15 January 2026 — a re-referral.
      referral('ada', '2025-01-15', false, '2025-03-01'),
      referral('ada', '2026-01-15'),
      // Ben: referred 14 January 2025 and 15 January 2026 — 12 months and a day: not a re-referral.
      referral('ben', '2025-01-14', false, '2025-03-01'),
      referral('ben', '2026-01-15', true),
      // Cal: one referral on 31 January 2026, the month's last day.
      referral('cal', '2026-01-31'),
      // Dee: referred 1 February 2026 — next month.
      referral('dee', '2026-02-01'),
    ]);
    // Looked after: Ada from 10 December 2025, her care ending on 31 January 2026 (the month's last day);
    // Ben from 5 January 2026 and still; Cal on short breaks (V3) through January.
    const period = async (child: string, start: string, end: string | null, legalStatus: string) => {
      const [periodId] = await fixtureRows(db, 'periods_of_care', [
        { child_id: children[child], start_date: start, end_date: end },
      ]);
      await fixtureRows(db, 'care_episodes', [
        {
          child_id: children[child],
          period_of_care_id: periodId,
          start_date: start,
          end_date: end,
          reason_new_episode: 'S',
          legal_status: legalStatus,
          category_of_need: 'N1',
          placement_type: 'U1',
          reason_ceased: end ? 'E13' : null,
        },
      ]);
    };
    await period('ada', '2025-12-10', '2026-01-31', 'C1');
    await period('ben', '2026-01-05', null, 'C2');
    await period('cal', '2026-01-02', '2026-01-30', 'V3');
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('referrals, their rate and re-referrals in January 2026 and the year to date', async () => {
    const values = await figures(
      ['referrals', 'referral-rate', 're-referrals', 'referrals-nfa'],
      ['2026-01', '2026-02'],
    );
    assert.equal(values['referrals 2026-01'], 3);
    assert.equal(values['referrals 2026-02'], 1);
    // The year to date from April 2025: January's three and February's one.
    assert.equal(values['referrals 2026-02-ytd'], 4);
    // 3 referrals ÷ 36,000 children (the 2026 estimate) × 10,000.
    assert.equal(values['referral-rate 2026-01'], 0.8);
    // Ada's (exactly 12 months after) is a re-referral; Ben's (12 months and a day) is not: 1 of 3.
    assert.equal(values['re-referrals 2026-01'], 33.3);
    assert.equal(values['referrals-nfa 2026-01'], 33.3);
    assert.equal(values['re-referrals 2026-02'], 0);
  });

  test('looked after as at the month end: care ending that day and short breaks are left out', async () => {
    const values = await figures(['looked-after', 'looked-after-rate'], ['2025-12', '2026-01']);
    assert.equal(values['looked-after 2025-12'], 1); // Ada
    assert.equal(values['looked-after 2026-01'], 1); // Ben (Ada's care ended 31 January; Cal on short breaks)
    assert.equal(values['looked-after 2026-01-ytd'], 1);
    assert.equal(values['looked-after-rate 2026-01'], 0.3);
  });

  test('the children behind a figure are its numerator and its denominator', async () => {
    const behind = await childrenBehind(database.db, indicator('re-referrals'), monthPeriod(month('2026-01')));
    assert.deepEqual(
      behind.map((row) => [row.childId, row.inNumerator, row.inDenominator]),
      [
        [children.ada, true, true],
        [children.ben, false, true],
        [children.cal, false, true],
      ],
    );
  });

  test('a figure broken down by locality', async () => {
    const rows = await breakdownOf(database.db, indicator('referrals'), yearToDatePeriod(month('2026-02')), 'locality');
    assert.deepEqual(
      rows.map((row) => [row.group, row.numerator]),
      [
        ['North', 3],
        ['South', 1],
      ],
    );
  });
});
