import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testTeamName } from '../../app/testing/testDatabase.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild, linkChildren } from '../people/store.ts';
import { recordReferral, startAssessment } from '../assessment/store.ts';
import { recordContact } from '../frontdoor/store.ts';
import { addWorker, allocateChild, endAllocation } from './allocations.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';

describe("a team manager's pages", () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let teamId: number;
  let ruby: number;
  let sol: number;
  let una: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    teamId = (await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()).id;
    const worker = await addWorker(db, {
      name: 'Wendy Worker',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    await addWorker(db, { name: 'Yusuf Newly', role: 'asye', teamId, startDate: '2025-09-01' });
    ruby = (
      await createChild(db, actor, {
        forename: 'Ruby',
        surname: 'Assessed',
        dateOfBirth: '2015-05-05',
        sex: 'F',
        nhsNumber: '4010232137',
      })
    ).id;
    const referral = await recordReferral(db, actor, {
      childId: ruby,
      referralDate: '2025-12-18',
      source: '1A',
      primaryNeed: 'N1',
    });
    await startAssessment(db, actor, { childId: ruby, referralId: referral.id, startDate: '2025-12-19' });
    await allocateChild(db, actor, { childId: ruby, workerId: worker.id, startDate: '2025-12-18' });
    sol = (
      await createChild(db, actor, {
        forename: 'Sol',
        surname: 'Waiting',
        dateOfBirth: '2016-06-06',
        sex: 'M',
        nhsNumber: '9434765919',
      })
    ).id;
    await recordReferral(db, actor, { childId: sol, referralDate: '2026-01-05', source: '1A', primaryNeed: 'N1' });
    // Open since June, her worker gone since 10 January: without one for less time than Sol.
    una = (await createChild(db, actor, { forename: 'Una', surname: 'Between', dateOfBirth: '2014-04-04', sex: 'F' }))
      .id;
    await recordReferral(db, actor, { childId: una, referralDate: '2025-06-02', source: '1A', primaryNeed: 'N1' });
    await allocateChild(db, actor, { childId: una, workerId: worker.id, startDate: '2025-06-02' });
    await endAllocation(db, actor, { childId: una, endDate: '2026-01-10' });
    const tia = (
      await createChild(db, actor, { forename: 'Tia', surname: 'Contact', dateOfBirth: '2017-07-07', sex: 'F' })
    ).id;
    await recordContact(db, actor, {
      childIds: [tia],
      receivedAt: '2026-01-05T09:00:00Z',
      source: '5A',
      consent: 'given',
      concerns: 'School worried',
    });
    harbour.clock.setToday('2026-02-20');
  });
  after(() => harbour.close());

  test('my team shows its caseloads against the aspiration, and links to the county’s open children without a worker', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = await manager.get('/team');
    assert.equal(page.status, 200);
    const $ = pageOf(page.text);
    // Sol is open without a worker: on the county's list, not the team's page.
    assert.doesNotMatch(page.text, /Sol Waiting|no allocated worker<\/h2>/);
    assert.equal($('a[href="/team/unallocated"]').text(), 'Open children with no allocated worker');
    const rows = tableRows(page.text);
    assert.deepEqual(rows, [
      'Wendy Worker|Qualified social worker|1|Below',
      'Yusuf Newly|Social worker in their assessed and supported year in employment (ASYE)|0|Within',
    ]);
    assert.equal((await manager.get('/team?team=999999')).status, 404);
  });

  test('the county’s open children with no allocated worker: since when, each with a link to allocate, and as CSV', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = await manager.get('/team/unallocated');
    assert.equal(page.status, 200);
    const $ = pageOf(page.text);
    assert.equal($('caption').text().trim(), '2 children with no allocated worker');
    const rows = tableRows(page.text);
    assert.deepEqual(
      rows,
      [
        'Sol Waiting|6 June 2016|5 January 2026|Allocate Sol Waiting',
        'Una Between|4 April 2014|10 January 2026|Allocate Una Between',
      ],
      'longest without a worker first',
    );
    assert.equal($('tbody tr').first().find('a').last().attr('href'), `/children/${sol}/allocation`);
    const csv = await manager.get('/team/unallocated?format=csv');
    assert.match(String(csv.headers['content-disposition']), /open-children-with-no-allocated-worker-2026-02-20\.csv/);
    assert.equal(
      csv.text,
      // The NHS number as written on an NHS card; a child without one has an empty cell.
      'Harbour ID,NHS number,Child,Date of birth,Without a worker since\n' +
        `${sol},943 476 5919,Sol Waiting,2016-06-06,2026-01-05\n${una},,Una Between,2014-04-04,2026-01-10\n`,
    );
    const audited = await harbour.database.db
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'children-listed')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    assert.deepEqual(
      audited.map((event) => [event.detail.childIds, event.detail.exported ?? event.detail.page]),
      [
        [[sol, una], 'csv'],
        [[sol, una], 1],
      ],
    );
    assert.equal((await manager.get('/team/unallocated?page=2')).status, 404, 'one page: there is no second');
    assert.equal((await manager.get('/team/unallocated?format=pdf')).status, 404);
  });

  test('due and overdue moves with the clock, groups by worker, exports CSV, and has no page past its last', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const before = pageOf((await manager.get('/team/due')).text);
    assert.match(before('main').text(), /0 overdue/);
    harbour.clock.setToday('2026-02-25');
    const after = await manager.get('/team/due?by=worker');
    const $ = pageOf(after.text);
    assert.match($('main').text(), /1 overdue/);
    assert.match($('tbody').first().text(), /Wendy Worker/);
    const csv = await manager.get(`/team/due?team=${teamId}&by=worker&format=csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers['content-type'] ?? '', /text\/csv/);
    const lines = csv.text.trim().split('\n');
    assert.equal(lines[0], 'Harbour ID,NHS number,Child,Worker,What is due,Due by,Status,Source');
    assert.ok(
      lines.some(
        (line) =>
          line.startsWith(`${ruby},401 023 2137,Ruby Assessed,Wendy Worker,`) && line.includes('2026-02-24,overdue'),
      ),
    );
    // One page of items: a second is not there, though the whole list still exports from any address.
    assert.equal((await manager.get('/team/due?by=worker&page=2')).status, 404);
    assert.equal((await manager.get(`/team/due?team=${teamId}&by=worker&format=csv&page=2`)).status, 200);
    harbour.clock.setToday('2026-02-20');
  });

  test('oversight lists assessments past 45 working days and contacts past their deadline', async () => {
    harbour.clock.setToday('2026-02-25');
    const manager = await signedInAgent(harbour, 'service-manager');
    const page = pageOf((await manager.get(`/team/oversight?team=${teamId}`)).text);
    const section = (title: string) => page(`h2:contains("${title}")`).next().text();
    assert.match(section('Assessments past 45 working days'), /Ruby Assessed/);
    assert.match(section('Contacts near or past their decision deadline'), /Tia Contact/);
    harbour.clock.setToday('2026-02-20');
  });

  test('an oversight note joins the chronology; bad input is refused', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const form = `/children/${ruby}/oversight-notes/new`;
    const bad = await submitForm(manager, form, form, {
      note: '',
      'noteDate-day': '1',
      'noteDate-month': '1',
      'noteDate-year': '2030',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'Enter the oversight note',
      'Date of the oversight must be today or in the past',
    ]);
    const ok = await submitForm(manager, form, form, {
      note: 'Reviewed: assessment to be completed this week.',
      'noteDate-day': '19',
      'noteDate-month': '2',
      'noteDate-year': '2026',
    });
    assert.equal(ok.status, 302);
    const chronology = await manager.get(`/children/${ruby}/chronology`);
    assert.match(
      chronology.text,
      /Management oversight by Test team-manager: Reviewed: assessment to be completed this week\./,
    );
    assert.equal((await manager.get('/children/999999/oversight-notes/new')).status, 404);
  });

  test('a manager allocates the unallocated child from the page, and they leave the list', async () => {
    const db = harbour.database.db;
    const other = await findOrCreateTeam(db, 'Another locality team');
    await addWorker(db, { name: 'Aaron Abbott', role: 'social-worker', teamId: other.id, startDate: '2020-01-01' });
    const leaver = await addWorker(db, { name: 'Lee Gone', role: 'social-worker', teamId, startDate: '2020-01-01' });
    await db.updateTable('workers').set({ end_date: '2026-01-31' }).where('id', '=', leaver.id).execute();
    const manager = await signedInAgent(harbour, 'team-manager');
    const form = `/children/${sol}/allocation`;
    const page = pageOf((await manager.get(form)).text);
    // The manager's own team first (though another team's name and worker come first alphabetically); no leavers.
    assert.deepEqual(
      page('#workerId option')
        .map((_i, el) => page(el).text())
        .get(),
      [
        'Select a worker',
        'Wendy Worker (Test locality team, 1 child)',
        'Yusuf Newly (Test locality team, 0 children)',
        'Aaron Abbott (Another locality team, 0 children)',
      ],
    );
    const wendy = page('#workerId option')
      .filter((_i, el) => page(el).text().startsWith('Wendy Worker'))
      .attr('value')!;
    const missing = await submitForm(manager, form, form, {
      workerId: '',
      'startDate-day': '20',
      'startDate-month': '2',
      'startDate-year': '2026',
    });
    assert.deepEqual(errorSummary(missing.text), ['Select the worker']);
    const ok = await submitForm(manager, form, form, {
      workerId: wendy,
      'startDate-day': '20',
      'startDate-month': '2',
      'startDate-year': '2026',
    });
    assert.equal(ok.status, 302);
    const unallocated = await manager.get('/team/unallocated');
    const left = pageOf(unallocated.text);
    assert.deepEqual(
      left('tbody td:first-child')
        .map((_i, cell) => left(cell).text())
        .get(),
      ['Una Between'],
    );
    const child = await manager.get(`/children/${sol}`);
    assert.match(child.text, /Allocated to <strong>Wendy Worker<\/strong>/);
  });

  test('a sibling group is allocated to one worker in one step; a restricted sister is not named', async () => {
    const db = harbour.database.db;
    const child = async (forename: string) =>
      (await createChild(db, actor, { forename, surname: 'Group', dateOfBirth: '2017-03-03', sex: 'F' })).id;
    const [ivy, jo, kit] = [await child('Ivy'), await child('Jo'), await child('Kit')];
    for (const sibling of [jo, kit])
      await linkChildren(db, actor, { childId: ivy, relatedChildId: sibling, relationship: 'sibling' });
    for (const each of [ivy, jo])
      await recordReferral(db, actor, { childId: each, referralDate: '2026-02-02', source: '1A', primaryNeed: 'N1' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', kit).execute();
    const manager = await signedInAgent(harbour, 'team-manager');
    const form = `/children/${ivy}/allocation`;
    const page = pageOf((await manager.get(form)).text);
    assert.deepEqual(
      page('input[name="together"]')
        .map((_i, box) => page(box).attr('value'))
        .get(),
      [String(jo)],
      'Jo is offered; Kit’s restricted record is not',
    );
    assert.doesNotMatch(page('main').text(), /Kit/);
    const wendy = page('#workerId option')
      .filter((_i, el) => page(el).text().startsWith('Wendy Worker'))
      .attr('value')!;
    const done = await submitForm(manager, form, form, {
      workerId: wendy,
      together: [String(jo)],
      'startDate-day': '20',
      'startDate-month': '2',
      'startDate-year': '2026',
    });
    assert.equal(done.status, 302);
    const allocated = await db
      .selectFrom('allocations')
      .select(['child_id', 'worker_id', 'start_date'])
      .where('child_id', 'in', [ivy, jo, kit])
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      allocated.map((row) => [row.child_id, String(row.worker_id), row.start_date]),
      [
        [ivy, wendy, '2026-02-20'],
        [jo, wendy, '2026-02-20'],
      ],
    );
  });
});
