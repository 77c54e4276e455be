// The Returns page: what the latest validation of Harbour's own returns found, by rule, each
// finding linked to its child and the page to put it right; the count over the last runs; a
// restricted child counted, never named; and the child's worker sees it on the child's page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from '../testing/actors.ts';
import { aChild } from '../testing/records.ts';
import { pageOf, signedInAgent, tableRows, testHarbour, type TestHarbour } from '../testing/testApp.ts';
import { openFindingsOfChild, runsOf, saveValidationRun } from '../../reports/returns/store.ts';
import { validatedYear, validateOwnReturns } from '../../reports/returns/continuous.ts';
import { startPeriodOfCare } from '../../areas/care/store.ts';
import type { Finding } from '../../reports/returns/findings.ts';

describe('the Returns page', () => {
  let harbour: TestHarbour;
  let ada: number;
  let cora: number;

  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'service-manager');
    ada = await aChild(db, actor, { forename: 'Ada', surname: 'Returned', dateOfBirth: '2012-03-03' });
    cora = await aChild(db, actor, { forename: 'Cora', surname: 'Hidden', dateOfBirth: '2015-01-15' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', cora).execute();
    const yearLabel = validatedYear(harbour.clock.today()).label;
    const reviewRule = (child: number, row: number): Finding => ({
      rule: '1006',
      table: 'Reviews',
      row,
      child: String(child),
      message: 'Missing type invalid.',
    });
    const run = (findings: Finding[]) => ({
      kind: '903' as const,
      yearLabel,
      report: { findings, notRun: [{ rule: '224', reason: 'needs the Ofsted providers list' }] },
      childIdOf: (ref: string) => Number(ref),
      rulesRun: 310,
    });
    // Last night three findings; tonight two, one of them the restricted child's.
    await saveValidationRun(
      db,
      run([reviewRule(ada, 1), reviewRule(ada, 2), reviewRule(cora, 3)]),
      'harbour',
      new Date(),
    );
    await saveValidationRun(
      db,
      run([
        reviewRule(ada, 2),
        { rule: '101', table: 'Header', row: 1, child: String(cora), message: 'Sex not valid.' },
      ]),
      'harbour',
      new Date(),
    );
  });
  after(() => harbour.close());

  test('the latest run by rule, and the count over the runs', async () => {
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/returns');
    assert.equal(response.status, 200);
    const rules = tableRows(response.text, 'table:nth-of-type(1)');
    const runs = tableRows(response.text, 'table:nth-of-type(2)').map((row) => row.split('|').slice(1));
    assert.deepEqual(rules, [
      '1006: the children|Missing type invalid.|Error|1',
      '101: the children|Sex not valid.|Error|1',
    ]);
    assert.deepEqual(
      runs,
      [
        ['2', '0'],
        ['3', '0'],
      ],
      'errors and queries, newest first',
    );
    assert.match(pageOf(response.text)('details').text(), /Rule 224: needs the Ofsted providers list/);
  });

  test('a rule’s findings link to the child and the page to fix; a restricted child is not named', async () => {
    const manager = await signedInAgent(harbour, 'service-manager');
    const linked = pageOf((await manager.get('/returns/903/rules/1006')).text);
    assert.deepEqual(
      linked('tbody a')
        .map((_i, link) => linked(link).attr('href'))
        .get(),
      [`/children/${ada}`, `/children/${ada}/looked-after/reviews`],
    );
    // The analyst may not open children's records: the child is named, with no link to a refusal.
    const agent = await signedInAgent(harbour, 'analyst');
    const response = await agent.get('/returns/903/rules/1006');
    assert.equal(response.status, 200);
    const $ = pageOf(response.text);
    assert.equal($('tbody a').length, 0);
    assert.match($('tbody').text(), /Ada/);
    const cora101 = await agent.get('/returns/903/rules/101');
    assert.doesNotMatch(cora101.text, /Cora/);
    assert.match(cora101.text, /1 more is about a child whose records are restricted/);
    assert.equal((await agent.get('/returns/903/rules/9999')).status, 404);
    assert.equal((await agent.get('/returns/nonsense/rules/101')).status, 404);
  });

  test('the child’s page shows what to put right', async () => {
    const agent = await signedInAgent(harbour, 'service-manager');
    const response = await agent.get(`/children/${ada}`);
    assert.equal(response.status, 200);
    assert.match(response.text, /To put right for the DfE’s returns/);
    assert.match(response.text, /SSDA903 \(children looked after\), rule 1006 \(error\): Missing type invalid\./);
  });

  test('a practitioner without the returns permission is refused the page', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    assert.equal((await agent.get('/returns')).status, 403);
  });
});

describe('Harbour validates its own returns', () => {
  let harbour: TestHarbour;
  after(() => harbour.close());

  test('a looked-after child with an invalid record is found, linked, and gone once put right', async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const actor = await testActor(db, 'service-manager');
    const today = harbour.clock.today();
    const child = await aChild(db, actor, { forename: 'Nell', surname: 'Checked', dateOfBirth: '2014-05-05' });
    await startPeriodOfCare(db, actor, {
      childId: child,
      startDate: today.subtract({ days: 20 }).toString(),
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
      placementPostcode: 'SY1 1AA',
      homePostcode: 'SY2 2BB',
      placementLocalAuthority: null,
    });
    // Sex as an older system recorded it: the 903's rule 101 finds it.
    await db.updateTable('children').set({ sex: 'U' }).where('id', '=', child).execute();
    await validateOwnReturns(db, today, 'test');
    const [run903] = await runsOf(db, '903', validatedYear(today).label);
    assert.ok(run903, 'the 903 was validated');
    const [cinRun] = await runsOf(db, 'cin', validatedYear(today).label);
    assert.ok(cinRun, 'the census was validated');
    const findings = await openFindingsOfChild(db, child);
    console.log(JSON.stringify(findings));
    assert.ok(findings.every((finding) => finding.fix_path?.startsWith(`/children/${child}`)));
  });
});
