import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from './testing/testDatabase.ts';
import { parseXml, structureProblems } from './testing/cinStructure.ts';
import type { HarbourDatabase } from '../platform/db/connection.ts';
import { seedCounty } from './synth/seed.ts';
import { collectionYear, previousCollectionYear, type CollectionYear } from '../reports/returns/returnDates.ts';
import { build903 } from '../reports/returns/ssda903/build.ts';
import { rulesets903 } from '../reports/returns/ssda903/rulesets.ts';
import { validate903 } from '../reports/returns/ssda903/validate.ts';
import { tablesInYear } from '../reports/returns/ssda903/tables.ts';
import { buildCinCensus } from '../reports/returns/cin/build.ts';
import { cinCensusXml } from '../reports/returns/cin/writeXml.ts';

// A small synthetic county's returns for its last year: the 903 raises no rule beyond the ones
// listed below, and the census message keeps to its structure.

/**
 * What the 903 rules find in the synthetic county today. Some record what Harbour or the synthetic
 * county does not hold yet; the rest are faults of the export or the county still to put right
 * (issue 14's closing note). A rule not listed here is a new fault: the test fails on it.
 */
const knownFindings = new Set([
  // Harbour records no conviction (543); the synthetic county records no reason for its changes of
  // social worker between teams (SW01bSTG1, SW13STG1: Harbour asks it, and derives only a first
  // worker's FCONTA and a leaver's LEFTRL for allocations made before; SW11bSTG2 is not raised at
  // this seed), and no SDQ (186, 197B).
  ...['543', 'SW01bSTG1', 'SW11bSTG2', 'SW13STG1', '186', '197B'],
  // To put right: care leaver information and the episodes before it, episodes' reasons and
  // categories of need, adoption items, providers and URNs by placement type, social worker
  // episodes at 31 March, previous permanence.
  ...['1001', '1002', '1003', '1011', '133', '151', '178', '213', '217', '222', '361', '371', '435', '436'],
  ...['504', '516', '553', '559', '580', '601', '630', 'SW17STG2'],
]);
const year = collectionYear('2025-26') as CollectionYear;
let database: HarbourDatabase | undefined;
after(() => database?.close());

test("the synthetic county's returns for 2025-26", { timeout: 300_000 }, async (t) => {
  database = await testDatabase();
  await seedCounty(database.db, { scale: 0.05, years: 4, seed: 14, endDate: '2026-03-31' });

  await t.test(
    'the 903 holds every table of the year, its children looked after or leaving care, and raises only the known findings',
    async () => {
      const tables = await build903(database!.db, year);
      const previous = await build903(database!.db, previousCollectionYear(year));
      assert.ok(tables.Episodes.length > 10, `${tables.Episodes.length} episodes`);
      assert.ok(tables.Reviews.length > 0 && tables.OC3.length > 0, 'reviews and care leavers');
      const children = new Set(tables.Header.map((row) => row.CHILD));
      for (const table of tablesInYear(year.firstYear))
        for (const row of tables[table]) assert.ok(children.has(row.CHILD), `${table} child ${row.CHILD} is in Header`);
      const report = validate903(
        { year, tables, present: new Set(tablesInYear(year.firstYear)), previous },
        rulesets903['2025-26'] ?? [],
      );
      assert.deepEqual(
        [...new Set(report.findings.map((finding) => finding.rule))].filter((rule) => !knownFindings.has(rule)),
        [],
      );
      // Every table is given: only rules needing a council's lookup (or the XML return's flags) are not run.
      assert.deepEqual(
        report.notRun.filter((skipped) => /table/.test(skipped.reason) && !/XML/.test(skipped.reason)),
        [],
      );
    },
  );

  await t.test('the CIN census keeps to the structure the DfE specifies', async () => {
    const census = await buildCinCensus(database!.db, year);
    assert.ok(census.children.length > 20, `${census.children.length} children`);
    const xml = cinCensusXml(census, { lea: '893', madeAt: new Date('2026-04-20T10:00:00Z'), release: '0.1.0' });
    assert.deepEqual(structureProblems(parseXml(xml)), []);
  });
});
