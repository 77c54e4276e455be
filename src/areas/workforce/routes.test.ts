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
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { recordReferral, startAssessment } from '../assessment/store.ts';
import { recordContact } from '../frontdoor/store.ts';
import { addWorker, allocateChild } from './allocations.ts';

describe("a team manager's pages", () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let teamId: number;
  let ruby: number;
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
      await createChild(db, actor, { forename: 'Ruby', surname: 'Assessed', dateOfBirth: '2015-05-05', sex: 'F' })
    ).id;
    const referral = await recordReferral(db, actor, {
      childId: ruby,
      referralDate: '2025-12-18',
      source: '1A',
      primaryNeed: 'N1',
    });
    await startAssessment(db, actor, { childId: ruby, referralId: referral.id, startDate: '2025-12-19' });
    await allocateChild(db, actor, { childId: ruby, workerId: worker.id, startDate: '2025-12-18' });
    const sol = (
      await createChild(db, actor, { forename: 'Sol', surname: 'Waiting', dateOfBirth: '2016-06-06', sex: 'M' })
    ).id;
    await recordReferral(db, actor, { childId: sol, referralDate: '2026-01-05', source: '1A', primaryNeed: 'N1' });
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

  test('my team shows caseloads against the aspiration and any open child without a worker, loudly', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = await manager.get('/team');
    assert.equal(page.status, 200);
    const $ = pageOf(page.text);
    assert.match(
      $('.govuk-error-summary__title').text(),
      /1 child is open to children's social care with no allocated worker/,
    );
    assert.match($('.govuk-error-summary__list').text(), /Sol Waiting/);
    const rows = $('table')
      .first()
      .find('tbody tr')
      .map((_i, row) =>
        $(row)
          .find('td')
          .map((_j, cell) => $(cell).text().trim())
          .get()
          .join('|'),
      )
      .get();
    assert.deepEqual(rows, [
      'Wendy Worker|Qualified social worker|1|Below',
      'Yusuf Newly|Social worker in their assessed and supported year in employment (ASYE)|0|Within',
    ]);
    assert.equal((await manager.get('/team?team=999999')).status, 404);
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
    assert.equal(lines[0], 'Harbour ID,Child,Worker,What is due,Due by,Status,Source');
    assert.ok(
      lines.some(
        (line) => line.startsWith(`${ruby},Ruby Assessed,Wendy Worker,`) && line.includes('2026-02-24,overdue'),
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

  test('a manager allocates the unallocated child from the page, and it leaves the warning', async () => {
    const manager = await signedInAgent(harbour, 'team-manager');
    const sol = (
      await harbour.database.db
        .selectFrom('children')
        .select('id')
        .where('forename', '=', 'Sol')
        .executeTakeFirstOrThrow()
    ).id;
    const form = `/children/${sol}/allocation`;
    const page = pageOf((await manager.get(form)).text);
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
    assert.doesNotMatch((await manager.get('/team')).text, /no allocated worker/);
    const child = await manager.get(`/children/${sol}`);
    assert.match(child.text, /Allocated to <strong>Wendy Worker<\/strong>/);
  });
});
