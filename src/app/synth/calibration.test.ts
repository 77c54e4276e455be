import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { testDatabase } from '../testing/testDatabase.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { seedCounty } from './seed.ts';
import { demoCounty } from './options.ts';
import { countyReport, formatReport } from './report.ts';
import { loadOrder, tableOf } from './tables.ts';
import { unallocatedChildren } from '../../reports/journey/openCases.ts';

// The demo county (scale 1, 3 years, the default seed) on a fixed end date: each figure the
// profile publishes must come out of the records within the tolerance.
const endDate = '2026-03-31';
let database: HarbourDatabase | undefined;
after(() => database?.close());

test('the county at scale 1 lands on the profile, with records in every table', { timeout: 600_000 }, async () => {
  database = await testDatabase();
  await seedCounty(database.db, { ...demoCounty, endDate });
  const report = await countyReport(database.db, endDate);
  const failed = report.lines.filter((line) => !line.pass);
  assert.equal(failed.length, 0, `outside tolerance:\n${formatReport(report)}`);

  const empty: string[] = [];
  for (const table of new Set(loadOrder.map(tableOf))) {
    const { rows } = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(table)}) as any`.execute(
      database.db,
    );
    if (!rows[0]!.any) empty.push(table);
  }
  assert.deepEqual(empty, []);

  // Open work at the end date: assessments due and overdue, children in care and in court, care leavers.
  const { rows } = await sql<{
    overdue_assessments: number;
    open_assessments: number;
    awaiting_decision: number;
    looked_after: number;
    care_leavers: number;
    overdue_actions: number;
  }>`
    select
      (select count(*) from assessments a join referrals r on r.id = a.referral_id where a.authorisation_date is null and r.referral_date < ${endDate}::date - 63)::int as overdue_assessments,
      (select count(*) from assessments where authorisation_date is null)::int as open_assessments,
      (select count(*) from contacts c where not exists (select 1 from contact_decisions d where d.contact_id = c.id))::int as awaiting_decision,
      (select count(*) from periods_of_care where end_date is null)::int as looked_after,
      (select count(*) from care_leavers where service_end_date is null)::int as care_leavers,
      (select count(*) from plan_actions where done_date is null and due_date < ${endDate})::int as overdue_actions`.execute(
    database.db,
  );
  const open = rows[0]!;
  assert.ok(open.open_assessments > 100 && open.overdue_assessments > 5, JSON.stringify(open));
  assert.ok(open.awaiting_decision >= 1 && open.awaiting_decision < 60, JSON.stringify(open));
  assert.ok(open.looked_after > 600 && open.care_leavers > 100 && open.overdue_actions > 50, JSON.stringify(open));
  // No child open to children's social care is without an allocated worker (Q3 report 7.138).
  assert.deepEqual(await unallocatedChildren(database.db, endDate), []);
});
