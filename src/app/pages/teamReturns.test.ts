// What the returns' validation found, by team: the Returns page counts each team's children and
// findings without naming them; a manager's team list names the team's children with what to put
// right and where, withholds a restricted child, downloads as CSV, and empties as records are fixed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testActor } from '../testing/actors.ts';
import { allocatedChildInNeed } from '../testing/records.ts';
import { pageOf, signedInAgent, tableRows, testHarbour, type TestHarbour } from '../testing/testApp.ts';
import { saveValidationRun } from '../../reports/returns/store.ts';
import { validatedYear } from '../../reports/returns/continuous.ts';
import type { Finding } from '../../reports/returns/findings.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { addWorker, allocateChild } from '../../areas/workforce/allocations.ts';
import { aChild } from '../testing/records.ts';

describe('return errors by team', () => {
  let harbour: TestHarbour;
  let teamId: number;
  let otherTeamId: number;
  let ivy: number;
  let rory: number;
  let olly: number;
  const errorOf = (child: number, row: number): Finding => ({
    rule: '1006',
    table: 'Reviews',
    row,
    child: String(child),
    message: 'Missing type invalid.',
  });
  const queryOf = (child: number): Finding => ({
    rule: '2887Q',
    table: 'CINdetails',
    row: 3,
    child: String(child),
    message: 'Please check: a child in need plan ends on the day it starts.',
  });
  const save = (kind: '903' | 'cin', findings: Finding[]) =>
    saveValidationRun(
      harbour.database.db,
      {
        kind,
        yearLabel: validatedYear(harbour.clock.today()).label,
        report: { findings, notRun: [] },
        childIdOf: (ref) => Number(ref),
        rulesRun: 300,
      },
      'harbour',
      new Date(),
    );

  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    const manager = await testActor(db, 'service-manager');
    const allocated = (forename: string) =>
      allocatedChildInNeed(db, manager, {
        child: { forename, surname: 'Returned', dateOfBirth: '2013-04-04' },
        workerName: `${forename}'s worker`,
        actionsDue: [],
      });
    ({ childId: ivy, teamId } = await allocated('Ivy'));
    ({ childId: rory } = await allocated('Rory'));
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', rory).execute();
    otherTeamId = (await findOrCreateTeam(db, 'South locality team')).id;
    const southWorker = await addWorker(db, {
      name: 'South worker',
      role: 'social-worker',
      teamId: otherTeamId,
      startDate: '2020-01-01',
      userId: null,
    });
    olly = await aChild(db, manager, { forename: 'Olly', surname: 'Elsewhere', dateOfBirth: '2011-02-02' });
    await allocateChild(db, manager, { childId: olly, workerId: southWorker.id, startDate: '2025-12-01' });
    const nobody = await aChild(db, manager, { forename: 'Noor', surname: 'Unallocated', dateOfBirth: '2010-01-01' });
    await save('903', [errorOf(ivy, 1), errorOf(ivy, 2), errorOf(rory, 3), errorOf(olly, 4), errorOf(nobody, 5)]);
    await save('cin', [queryOf(ivy)]);
  });
  after(() => harbour.close());

  test('the Returns page counts findings by team, linking a manager to each team’s list', async () => {
    const analyst = await signedInAgent(harbour, 'analyst');
    const page = (await analyst.get('/returns')).text;
    assert.deepEqual(tableRows(page, '#findings-by-team'), [
      'South locality team|1|1|0',
      'Test locality team|2|3|1',
      'No allocated worker|1|1|0',
    ]);
    assert.equal(pageOf(page)('#findings-by-team a').length, 0, 'an analyst opens no team list');
    const manager = await signedInAgent(harbour, 'service-manager');
    const links = pageOf((await manager.get('/returns')).text)('#findings-by-team a')
      .map((_i, link) => pageOf('')(link).attr('href'))
      .get();
    assert.deepEqual(links, [`/team/returns?team=${otherTeamId}`, `/team/returns?team=${teamId}`]);
  });

  test('a team manager’s list names the team’s children with what to put right, not a restricted child', async () => {
    const agent = await signedInAgent(harbour, 'team-manager');
    const response = await agent.get(`/team/returns?team=${teamId}`);
    assert.equal(response.status, 200);
    assert.deepEqual(
      tableRows(response.text, '#return-findings').map((row) => row.split('|').slice(0, 3).join('|')),
      [
        "Ivy Returned|Ivy's worker|SSDA903 (children looked after) 2025-26, rule 1006 (error)",
        "Ivy Returned|Ivy's worker|SSDA903 (children looked after) 2025-26, rule 1006 (error)",
        "Ivy Returned|Ivy's worker|Children in need census 2025-26, rule 2887Q (query)",
      ].map((row) => row.replace('2025-26', validatedYear(harbour.clock.today()).label)),
    );
    const $ = pageOf(response.text);
    assert.match($('main').text(), /2 errors\s+and 1 query for 1 child/);
    assert.match($('#restricted-withheld').text(), /A restricted record is not shown/);
    assert.doesNotMatch(response.text, /Rory|Olly/);
    assert.ok(
      $(`#return-findings a[href="/children/${ivy}/looked-after/reviews"]`).length,
      'links to where it is put right',
    );

    const csv = await agent.get(`/team/returns?team=${teamId}&format=csv`);
    assert.equal(csv.status, 200);
    const lines = csv.text.trim().split(/\r?\n/);
    assert.equal(lines[0], 'Harbour ID,NHS number,Child,Worker,Return,Year,Rule,Error or query,What it found');
    assert.equal(lines.length, 4);
    assert.match(lines[3]!, new RegExp(`^${ivy},,Ivy Returned,Ivy's worker,Children in need census,.*,2887Q,Query,`));
  });

  test('the list empties once the records are put right', async () => {
    await save('903', [errorOf(olly, 4)]);
    await save('cin', []);
    const agent = await signedInAgent(harbour, 'team-manager');
    const page = (await agent.get(`/team/returns?team=${teamId}`)).text;
    assert.equal(pageOf(page)('#return-findings').length, 0);
    assert.match(page, /The last check found nothing to put right in the records of the other children allocated/);
  });

  test('a practitioner and an analyst are refused the team list; a team not there is not found', async () => {
    assert.equal((await (await signedInAgent(harbour, 'practitioner')).get('/team/returns')).status, 403);
    assert.equal((await (await signedInAgent(harbour, 'analyst')).get('/team/returns')).status, 403);
    assert.equal((await (await signedInAgent(harbour, 'team-manager')).get('/team/returns?team=99999')).status, 404);
  });
});
