import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import {
  durationBand,
  durationBandSql,
  durationBands,
  proceedingsWeek,
  proceedingsWeekSql,
} from '../../areas/court/proceedingsTimetable.ts';

const day = (iso: string) => Temporal.PlainDate.from(iso);

describe('court and pre-proceedings figures from hand-made records', () => {
  let database: HarbourDatabase;
  const child: Record<string, number> = {};
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    for (const name of ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal']) child[name] = await fixtureChild(db);
    const [family, pair] = (
      await db
        .insertInto('families')
        .values([{ name: 'Four' }, { name: 'Two' }])
        .returning('id')
        .execute()
    ).map((row) => row.id);
    const children = async (table: 'pre_proceedings_children' | 'proceedings_children', id: number, names: string[]) =>
      db
        .insertInto(table)
        .values(
          names.map((name) =>
            table === 'pre_proceedings_children'
              ? { pre_proceedings_id: id, child_id: child[name]! }
              : { proceedings_id: id, child_id: child[name]!, version: 1 },
          ),
        )
        .execute();
    // The family of four: pre-proceedings from 10 June 2025, decided on 1 August to issue, issued on
    // 1 September and concluded on 31 January 2026 (the month's last day).
    const [fourPlo, evePlo, fayPlo] = await fixtureRows(db, 'pre_proceedings', [
      { family_id: family, start_date: '2025-06-10', decision_date: '2025-08-01', outcome: 'issue-proceedings' },
      // Eve, no family group: stepped down on 15 September 2025; proceedings issued later, 10 January 2026.
      { family_id: null, start_date: '2025-07-01', decision_date: '2025-09-15', outcome: 'step-down' },
      // Fay: decided on 1 December 2025 to issue; not issued yet.
      { family_id: null, start_date: '2025-10-01', decision_date: '2025-12-01', outcome: 'issue-proceedings' },
    ]);
    await children('pre_proceedings_children', fourPlo!, ['ann', 'bob', 'cat', 'dan']);
    await children('pre_proceedings_children', evePlo!, ['eve']);
    await children('pre_proceedings_children', fayPlo!, ['fay']);
    await fixtureRows(db, 'pre_proceedings_meetings', [
      { pre_proceedings_id: fourPlo, meeting_type: 'legal-planning', meeting_date: '2025-06-10' },
      { pre_proceedings_id: fayPlo, meeting_type: 'legal-planning', meeting_date: '2025-10-01' },
      { pre_proceedings_id: fayPlo, meeting_type: 'legal-planning', meeting_date: '2025-12-01' },
      { pre_proceedings_id: fayPlo, meeting_type: 'review', meeting_date: '2025-11-01' },
    ]);
    const [fourCourt, eveCourt, pairCourt] = await fixtureRows(db, 'care_proceedings', [
      {
        family_id: family,
        pre_proceedings_id: fourPlo,
        issue_date: '2025-09-01',
        court: 'Telford',
        conclusion_date: '2026-01-31',
      },
      { family_id: null, pre_proceedings_id: null, issue_date: '2026-01-10', court: 'Telford', conclusion_date: null },
      // Gus and Hal, a family of two: issued 4 November 2024, concluded 15 January 2026.
      {
        family_id: pair,
        pre_proceedings_id: null,
        issue_date: '2024-11-04',
        court: 'Telford',
        conclusion_date: '2026-01-15',
      },
    ]);
    await children('proceedings_children', fourCourt!, ['ann', 'bob', 'cat', 'dan']);
    await children('proceedings_children', eveCourt!, ['eve']);
    await children('proceedings_children', pairCourt!, ['gus', 'hal']);
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('a family of four entering pre-proceedings counts four children and one family', async () => {
    const values = await figures(['plo-entered-children', 'plo-entered-families'], ['2025-06', '2026-01']);
    assert.equal(values['plo-entered-children 2025-06'], 4);
    assert.equal(values['plo-entered-families 2025-06'], 1);
    // April 2025 to January 2026: the four (one family), Eve and Fay (each a family of their own).
    assert.equal(values['plo-entered-children 2026-01-ytd'], 6);
    assert.equal(values['plo-entered-families 2026-01-ytd'], 3);
  });

  test('stepped out without proceedings, and later issued, counted when they stepped out', async () => {
    const values = await figures(
      [
        'plo-stepped-out-children',
        'plo-stepped-out-families',
        'plo-later-issued-children',
        'plo-later-issued-families',
      ],
      ['2025-09', '2026-01'],
    );
    assert.equal(values['plo-stepped-out-children 2025-09'], 1); // Eve; the four's decision was to issue
    assert.equal(values['plo-stepped-out-families 2025-09'], 1);
    assert.equal(values['plo-later-issued-children 2025-09'], 1); // Eve's proceedings issued in January
    assert.equal(values['plo-later-issued-families 2026-01-ytd'], 1);
    assert.equal(values['plo-later-issued-children 2026-01'], 0);
  });

  test('families issued with 3 or more children: the family of four is one family of three issued since April 2025', async () => {
    const values = await figures(['proceedings-issued-three-or-more'], ['2025-09', '2026-01']);
    // September 2025: only the four's application — one family, for four children.
    assert.equal(values['proceedings-issued-three-or-more 2025-09'], 100);
    // January 2026: Eve's alone.
    assert.equal(values['proceedings-issued-three-or-more 2026-01'], 0);
    // April 2025 to January 2026: the four's and Eve's (Gus and Hal's was issued in 2024): 1 of 2.
    assert.equal(values['proceedings-issued-three-or-more 2026-01-ytd'], 50);
  });

  test('legal planning meetings are counted; review meetings are not', async () => {
    const values = await figures(['legal-planning-meetings'], ['2025-12']);
    assert.equal(values['legal-planning-meetings 2025-12'], 1);
    assert.equal(values['legal-planning-meetings 2025-12-ytd'], 3);
  });

  test('in proceedings and awaiting issue as at the month end; concluding that day is not in proceedings', async () => {
    const values = await figures(
      ['in-proceedings-children', 'in-proceedings-families', 'awaiting-issue-children', 'awaiting-issue-families'],
      ['2025-08', '2025-12', '2026-01'],
    );
    // 31 August 2025: the four decided to issue on 1 August, issued on 1 September: awaiting issue.
    assert.equal(values['awaiting-issue-children 2025-08'], 4);
    assert.equal(values['awaiting-issue-families 2025-08'], 1);
    // 31 December 2025: the four and Gus and Hal in proceedings; Fay awaiting issue.
    assert.equal(values['in-proceedings-children 2025-12'], 6);
    assert.equal(values['in-proceedings-families 2025-12'], 2);
    assert.equal(values['awaiting-issue-children 2025-12'], 1);
    // 31 January 2026: the four concluded that day and Gus and Hal on the 15th; Eve issued on the 10th.
    assert.equal(values['in-proceedings-children 2026-01'], 1);
    assert.equal(values['in-proceedings-families 2026-01-ytd'], 1);
    assert.equal(values['awaiting-issue-children 2026-01'], 1);
  });

  test('concluded proceedings, banded by the week they concluded in as the court area bands them', async () => {
    const week = (issued: string, concluded: string) => proceedingsWeek(day(issued), day(concluded));
    const fourWeeks = week('2025-09-01', '2026-01-31');
    const pairWeeks = week('2024-11-04', '2026-01-15');
    assert.equal(durationBand(fourWeeks), durationBands[0]);
    assert.equal(durationBand(pairWeeks), durationBands[2]);
    const values = await figures(
      [
        'proceedings-concluded-children',
        'proceedings-concluded-families',
        'proceedings-concluded-within-26-weeks-children',
        'proceedings-concluded-27-to-52-weeks-children',
        'proceedings-concluded-53-weeks-or-more-children',
        'proceedings-concluded-within-26-weeks-families',
        'proceedings-concluded-27-to-52-weeks-families',
        'proceedings-concluded-53-weeks-or-more-families',
        'proceedings-average-weeks',
      ],
      ['2026-01'],
    );
    assert.equal(values['proceedings-concluded-children 2026-01'], 6);
    assert.equal(values['proceedings-concluded-families 2026-01'], 2);
    // The family of four within 26 weeks, Gus and Hal's family in 53 or more: by child and by family.
    assert.equal(values['proceedings-concluded-within-26-weeks-children 2026-01'], 4);
    assert.equal(values['proceedings-concluded-27-to-52-weeks-children 2026-01'], 0);
    assert.equal(values['proceedings-concluded-53-weeks-or-more-children 2026-01'], 2);
    assert.equal(values['proceedings-concluded-within-26-weeks-families 2026-01'], 1);
    assert.equal(values['proceedings-concluded-27-to-52-weeks-families 2026-01'], 0);
    assert.equal(values['proceedings-concluded-53-weeks-or-more-families 2026-01'], 1);
    assert.equal(
      values['proceedings-average-weeks 2026-01'],
      Math.round(((4 * fourWeeks + 2 * pairWeeks) / 6) * 10) / 10,
    );
  });

  test('the week count and band in SQL agree with the rule at every boundary', async () => {
    const issued = day('2026-01-12');
    // Day of issue; last day of week 1; first of week 2; last of week 26 (12 July); first of 27; last of 52; first of 53.
    for (const days of [0, 6, 7, 181, 182, 363, 364, 800]) {
      const on = issued.add({ days });
      const { rows } = await sql<{ week: number; band: number }>`select ${proceedingsWeekSql(
        sql`${issued.toString()}::date`,
        sql`${on.toString()}::date`,
      )} as week, ${durationBandSql(
        proceedingsWeekSql(sql`${issued.toString()}::date`, sql`${on.toString()}::date`),
      )} as band`.execute(database.db);
      const week = proceedingsWeek(issued, on);
      assert.equal(Number(rows[0]!.week), week, `${days} days`);
      assert.equal(durationBands[Number(rows[0]!.band)], durationBand(week), `${days} days`);
    }
  });
});
