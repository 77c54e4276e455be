import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { inTouchWindow, inTouchWindowSql } from '../../areas/leavingcare/timescales/careLeaverContact.ts';

describe('care leaver figures from hand-made records', () => {
  let database: HarbourDatabase;
  const child: Record<string, number> = {};
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    const young = {
      uma: { born: '2008-01-20', leftCare: '2025-12-01' }, // 18 on 20 January 2026
      vic: { born: '2005-01-31', leftCare: '2023-01-31' }, // 21 on 31 January 2026
      wes: { born: '2007-01-10', leftCare: '2025-03-01' }, // 19 on 10 January 2026
      xan: { born: '2008-01-15', leftCare: null }, // 18 on 15 January 2026, still looked after
      yas: { born: '2009-01-05', leftCare: '2026-02-01' }, // 17 on 5 January 2026, left care after it
    };
    for (const [name, { born, leftCare }] of Object.entries(young)) {
      child[name] = await fixtureChild(db, { dateOfBirth: born });
      await fixtureRows(db, 'periods_of_care', [
        { child_id: child[name], start_date: '2020-01-01', end_date: leftCare },
      ]);
      await fixtureRows(db, 'care_leavers', [{ child_id: child[name] }]);
    }
    const contact = (name: string, date: string, suitable: boolean | null, activity: string | null) => ({
      child_id: child[name],
      contact_date: date,
      in_touch: 'YES',
      accommodation: suitable === null ? null : 'K',
      accommodation_suitable: suitable,
      activity,
    });
    await fixtureRows(db, 'care_leaver_contacts', [
      // Uma: in touch on 25 October 2025, the window opening on 20 October; suitably housed, at college.
      contact('uma', '2025-10-25', true, 'F2'),
      // Vic: in touch on 28 February 2026, the window's last day (a month after 31 January); not suitably housed, not working.
      contact('vic', '2026-02-28', false, 'G5'),
      // Wes: last in touch in September 2025, before the window opened on 10 October.
      contact('wes', '2025-09-01', true, 'F5'),
      contact('xan', '2026-01-15', true, 'F5'),
      contact('yas', '2026-01-05', true, 'F5'),
    ]);
    await fixtureRows(db, 'pathway_plans', [
      { child_id: child.uma, plan_date: '2025-11-01' },
      { child_id: child.vic, plan_date: '2025-01-01' },
    ]);
    const review = (name: string, dueOn: string, metOn: string | null) => ({
      child_id: child[name]!,
      rule: 'pathway-plan-review',
      record_id: String(child[name]),
      title: 'Pathway plan review',
      starts_on: '2025-01-01',
      due_on: dueOn,
      met_on: metOn,
      met_late: metOn === null ? null : metOn > dueOn,
      source: 'test',
    });
    await db
      .insertInto('due_items')
      .values([review('uma', '2026-05-01', null), review('vic', '2025-07-01', '2025-08-01')])
      .execute();
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('the in-touch window in SQL is the rule’s, month ends and leap days included', async () => {
    for (const birthday of ['2026-01-31', '2024-05-31', '2028-02-29', '2026-06-15']) {
      const day = Temporal.PlainDate.from(birthday);
      const window = inTouchWindowSql(sql`${birthday}::date`);
      const { rows } = await sql<{ opens: string; closes: string }>`
        select ${window.opens}::text as opens, ${window.closes}::text as closes`.execute(database.db);
      const expected = inTouchWindow(day);
      assert.deepEqual(rows[0], { opens: expected.opens.toString(), closes: expected.closes.toString() }, birthday);
    }
  });

  test('in touch, suitably housed and in education, employment or training around the 17th to 21st birthdays', async () => {
    const values = await figures(
      [
        'care-leavers-in-touch',
        'care-leavers-suitable-accommodation',
        'care-leavers-eet-17-18',
        'care-leavers-eet-19-21',
      ],
      ['2026-01'],
    );
    // January 2026's birthdays of those who had left care: Uma (18), Vic (21), Wes (19); not Xan (still
    // looked after) nor Yas (left care after her birthday).
    assert.equal(values['care-leavers-in-touch 2026-01'], 66.7); // Uma and Vic of three
    assert.equal(values['care-leavers-suitable-accommodation 2026-01'], 33.3); // Uma
    assert.equal(values['care-leavers-eet-17-18 2026-01'], 100); // Uma at college
    assert.equal(values['care-leavers-eet-19-21 2026-01'], 0); // Vic not working; Wes not in touch
  });

  test('pathway plans up to date as at the month end: no review overdue that day', async () => {
    const values = await figures(['pathway-plans-up-to-date'], ['2025-07', '2025-08', '2026-01']);
    assert.equal(values['pathway-plans-up-to-date 2025-07'], 0); // Vic's review due 1 July, held 1 August
    assert.equal(values['pathway-plans-up-to-date 2025-08'], 100);
    assert.equal(values['pathway-plans-up-to-date 2026-01'], 100); // Vic, and Uma (plan made in November)
  });
});
