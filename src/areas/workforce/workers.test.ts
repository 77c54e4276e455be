import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testTeamName, testUsername } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';
import { addWorker, allocateChild } from './allocations.ts';

describe('the workforce pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let manager: Agent;
  let teamId: number;
  let otherTeamId: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    teamId = (await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()).id;
    otherTeamId = (await findOrCreateTeam(db, 'Disabled children team')).id;
    manager = await signedInAgent(harbour, 'team-manager');
  });
  after(() => harbour.close());

  const db = () => harbour.database.db;
  const workerNamed = (name: string) =>
    db().selectFrom('workers').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
  const workerAudit = (workerId: number) =>
    db()
      .selectFrom('audit_events')
      .selectAll()
      .where('record_type', '=', 'worker')
      .where('record_id', '=', String(workerId))
      .orderBy('id')
      .execute();
  const details = (fields: Record<string, string> = {}) => ({
    name: 'Nia Newcomer',
    role: 'social-worker',
    teamId: String(teamId),
    fullTimeEquivalent: '0.8',
    isAgency: 'yes',
    userId: '',
    ...dateFields('startDate', '2026-12-01'),
    ...fields,
  });

  test('a manager adds a worker: the row and its audit record are written, and the workforce lists them', async () => {
    const practitioner = await db()
      .selectFrom('users')
      .select('id')
      .where('username', '=', testUsername('practitioner'))
      .executeTakeFirstOrThrow();
    const form = pageOf((await manager.get('/admin/workers/new')).text);
    assert.ok(
      form('#userId option').filter((_i, el) => form(el).attr('value') === String(practitioner.id)).length,
      'an account without a worker is offered',
    );
    assert.equal(form('input[name="role"]').length, 8);

    const response = await submitForm(
      manager,
      '/admin/workers/new',
      '/admin/workers/new',
      details({ userId: String(practitioner.id) }),
    );
    assert.equal(response.status, 302);
    assert.equal(response.headers.location, '/admin/workers');
    const worker = await workerNamed('Nia Newcomer');
    assert.deepEqual(
      {
        role: worker.role,
        team: worker.team_id,
        start: worker.start_date,
        end: worker.end_date,
        fte: worker.full_time_equivalent,
        agency: worker.is_agency,
        user: worker.user_id,
        synthetic: worker.is_synthetic,
      },
      {
        role: 'social-worker',
        team: teamId,
        start: '2026-12-01',
        end: null,
        fte: 0.8,
        agency: true,
        user: practitioner.id,
        synthetic: false,
      },
    );
    const audit = await workerAudit(worker.id);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.username, testUsername('team-manager'));
    assert.equal(audit[0]!.detail.action, 'added');

    const list = await manager.get('/admin/workers');
    assert.match(list.text, /Nia Newcomer is added to the workforce/);
    assert.ok(
      tableRows(list.text).includes(
        'Nia Newcomer|Qualified social worker|Test locality team|0.8|Yes|0|Starts 1 December 2026',
      ),
    );
    assert.ok(
      !tableRows((await manager.get(`/admin/workers?team=${otherTeamId}`)).text).some((row) =>
        row.startsWith('Nia Newcomer'),
      ),
    );
    assert.equal((await manager.get('/admin/workers?team=999999')).status, 404);

    const again = pageOf((await manager.get('/admin/workers/new')).text);
    assert.equal(
      again('#userId option').filter((_i, el) => again(el).attr('value') === String(practitioner.id)).length,
      0,
      'an account already linked is not offered again',
    );
  });

  test('bad input is refused with every problem listed, and what was typed is kept', async () => {
    const empty = await submitForm(manager, '/admin/workers/new', '/admin/workers/new', {
      name: ' ',
      role: 'wizard',
      teamId: '',
      fullTimeEquivalent: '0',
      isAgency: 'no',
      'startDate-day': '31',
      'startDate-month': '2',
      'startDate-year': '2026',
    });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), [
      "Enter the worker's full name",
      'Select the role',
      'Select the team',
      'Full-time equivalent must be between 0.1 and 1',
      'Start date must be a real date',
    ]);
    const $ = pageOf(empty.text);
    assert.equal($('#fullTimeEquivalent').val(), '0');
    assert.equal($('#startDate-day').val(), '31');
    assert.equal($('input[name="isAgency"][value="no"]').attr('checked'), 'checked');

    const kept = await submitForm(
      manager,
      '/admin/workers/new',
      '/admin/workers/new',
      details({ name: 'Kept Name', teamId: '999999', fullTimeEquivalent: '2', isAgency: '', 'startDate-day': 'soon' }),
    );
    assert.equal(kept.status, 400);
    assert.deepEqual(errorSummary(kept.text), [
      'Select a team from the list',
      'Full-time equivalent must be between 0.1 and 1',
      'Select yes if they are an agency worker',
      'Start date must be a real date',
    ]);
    const k = pageOf(kept.text);
    assert.equal(k('#name').val(), 'Kept Name');
    assert.equal(k('input[name="role"][value="social-worker"]').attr('checked'), 'checked');
    assert.equal(k('#fullTimeEquivalent').val(), '2');
    assert.equal(k('#startDate-day').val(), 'soon');

    const later = await submitForm(
      manager,
      '/admin/workers/new',
      '/admin/workers/new',
      details({ name: 'Kept Name', fullTimeEquivalent: 'full', ...dateFields('startDate', '2027-03-01') }),
    );
    assert.deepEqual(errorSummary(later.text), [
      'Full-time equivalent must be a number with up to 2 decimal places, like 0.8',
      'Start date must be no more than 3 months from today',
    ]);
    assert.equal((await db().selectFrom('workers').select('id').where('name', '=', 'Kept Name').execute()).length, 0);
  });

  test('a change made on a stale version is refused with a 409 and overwrites nothing', async () => {
    const worker = await addWorker(db(), { name: 'Cai Changed', role: 'asye', teamId, startDate: '2025-09-01' });
    const page = `/admin/workers/${worker.id}`;
    const opened = pageOf((await manager.get(page)).text);
    assert.equal(opened('#name').val(), 'Cai Changed');
    assert.equal(opened('input[name="version"]').first().val(), '1');

    const first = await submitForm(
      manager,
      page,
      page,
      details({ name: 'Cai Changed', role: 'social-worker', fullTimeEquivalent: '0.6', isAgency: 'no', version: '1' }),
    );
    assert.equal(first.status, 302);
    const stale = await submitForm(
      manager,
      page,
      page,
      details({ name: 'Cai Overwritten', role: 'asye', fullTimeEquivalent: '1', isAgency: 'no', version: '1' }),
    );
    assert.equal(stale.status, 409);
    assert.match(errorSummary(stale.text)[0]!, /Someone else changed this record/);
    const shown = pageOf(stale.text);
    assert.equal(shown('#name').val(), 'Cai Changed');
    assert.equal(shown('#fullTimeEquivalent').val(), '0.6');
    assert.equal(shown('input[name="version"]').first().val(), '2');

    const stored = await workerNamed('Cai Changed');
    assert.deepEqual([stored.role, stored.full_time_equivalent, stored.version], ['social-worker', 0.6, 2]);
    const audit = await workerAudit(worker.id);
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.detail.changed, {
      role: { from: 'asye', to: 'social-worker' },
      full_time_equivalent: { from: 1, to: 0.6 },
    });
  });

  test('leaving is refused while children remain allocated, and accepted once a manager reallocates them', async () => {
    const leaver = await addWorker(db(), {
      name: 'Lee Leaver',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    const other = await addWorker(db(), { name: 'Ola Other', role: 'social-worker', teamId, startDate: '2020-01-01' });
    const child = await createChild(db(), actor, {
      forename: 'Ada',
      surname: 'Held',
      dateOfBirth: '2014-04-04',
      sex: 'F',
    });
    await allocateChild(db(), actor, { childId: child.id, workerId: leaver.id, startDate: '2026-10-01' });
    const page = `/admin/workers/${leaver.id}`;
    const leaving = `${page}/leaving`;

    const opened = pageOf((await manager.get(page)).text);
    assert.match(opened('#children').next().text(), /1 child is allocated to them today or later/);

    const refused = await submitForm(manager, page, leaving, { version: '1', ...dateFields('endDate', '2026-11-30') });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'Lee Leaver still holds 1 child on or after that leaving date: reallocate them first',
    ]);
    const listed = pageOf(refused.text);
    assert.match(listed('#children').next().text(), /1 child is allocated to them on or after 30 November 2026/);
    assert.equal(listed(`a[href="/children/${child.id}/allocation"]`).text().trim(), 'Reallocate Ada Held');
    assert.equal(listed('#endDate-day').val(), '30', 'the date typed is kept');

    const beforeStart = await submitForm(manager, page, leaving, {
      version: '1',
      ...dateFields('endDate', '2019-12-31'),
    });
    assert.deepEqual(errorSummary(beforeStart.text), ['The leaving date must be on or after the start date']);
    assert.equal((await workerNamed('Lee Leaver')).end_date, null);

    // An administrator may record leaving too, but sees no child's name: that is a manager's to see.
    const admin = await signedInAgent(harbour, 'administrator');
    const adminPage = await admin.get(page);
    assert.equal(adminPage.status, 200);
    assert.doesNotMatch(adminPage.text, /Ada Held/);
    assert.match(adminPage.text, /A team manager or service manager reallocates them/);

    const allocation = `/children/${child.id}/allocation`;
    const choices = pageOf((await manager.get(allocation)).text);
    assert.ok(
      choices('#workerId option').filter((_i, el) => choices(el).text().startsWith('Lee Leaver')).length,
      'still in post today',
    );
    // A change of worker asks why, for the 903's SW_REASON: here the worker is leaving.
    assert.equal(choices('input[name="changeReason"]').length, 9);
    const unexplained = await submitForm(manager, allocation, allocation, {
      workerId: String(other.id),
      ...dateFields('startDate', '2026-11-25'),
    });
    assert.equal(unexplained.status, 400);
    assert.deepEqual(errorSummary(unexplained.text), ['Select why the child is getting a new social worker']);
    const reallocated = await submitForm(manager, allocation, allocation, {
      workerId: String(other.id),
      changeReason: 'LEFTRL',
      ...dateFields('startDate', '2026-11-25'),
    });
    assert.equal(reallocated.status, 302);
    const handedOver = await db()
      .selectFrom('allocations')
      .select('change_reason')
      .where('child_id', '=', child.id)
      .where('start_date', '=', '2026-11-25')
      .executeTakeFirstOrThrow();
    assert.equal(handedOver.change_reason, 'LEFTRL');

    const accepted = await submitForm(manager, page, leaving, { version: '1', ...dateFields('endDate', '2026-11-25') });
    assert.equal(accepted.status, 302);
    const left = await workerNamed('Lee Leaver');
    assert.deepEqual([left.end_date, left.version], ['2026-11-25', 2]);
    const audit = await workerAudit(leaver.id);
    assert.deepEqual(
      audit.map((event) => [event.event, event.detail.action, event.detail.endDate]),
      [['workforce-changed', 'left', '2026-11-25']],
    );

    const after = pageOf((await manager.get(allocation)).text);
    assert.equal(
      after('#workerId option').filter((_i, el) => after(el).text().startsWith('Lee Leaver')).length,
      0,
      'a worker who has left is not offered',
    );
    assert.ok(after('#workerId option').filter((_i, el) => after(el).text().startsWith('Ola Other')).length);
    const refusedAllocation = await submitForm(manager, allocation, allocation, {
      workerId: String(leaver.id),
      ...dateFields('startDate', '2026-11-25'),
    });
    assert.deepEqual(errorSummary(refusedAllocation.text), ['This worker has left: select another worker']);

    assert.ok(!tableRows((await manager.get('/admin/workers')).text).some((row) => row.startsWith('Lee Leaver')));
    assert.ok(
      tableRows((await manager.get('/admin/workers?show=all')).text).some(
        (row) => row.startsWith('Lee Leaver') && row.endsWith('Left 25 November 2026'),
      ),
    );
  });

  test('a worker holding children cannot move team until they are reallocated', async () => {
    const worker = await addWorker(db(), { name: 'Tom Team', role: 'social-worker', teamId, startDate: '2020-01-01' });
    const child = await createChild(db(), actor, {
      forename: 'Bo',
      surname: 'Held',
      dateOfBirth: '2015-05-05',
      sex: 'M',
    });
    await allocateChild(db(), actor, { childId: child.id, workerId: worker.id, startDate: '2026-11-01' });
    const page = `/admin/workers/${worker.id}`;
    const moved = await submitForm(
      manager,
      page,
      page,
      details({ name: 'Tom Team', teamId: String(otherTeamId), fullTimeEquivalent: '1', isAgency: 'no', version: '1' }),
    );
    assert.equal(moved.status, 400);
    assert.deepEqual(errorSummary(moved.text), [
      'Tom Team still holds 1 child in their team: reallocate them before moving team',
    ]);
    assert.equal((await workerNamed('Tom Team')).team_id, teamId);
  });

  test('only those who manage the workforce reach its pages', async () => {
    const practitioner = await signedInAgent(harbour, 'practitioner');
    assert.equal((await practitioner.get('/admin/workers')).status, 403);
    assert.equal((await practitioner.get('/admin/workers/new')).status, 403);
    const refused = await submitForm(practitioner, '/sign-out', '/admin/workers/new', details({ name: 'Not Allowed' }));
    assert.equal(refused.status, 403);
    assert.equal((await db().selectFrom('workers').select('id').where('name', '=', 'Not Allowed').execute()).length, 0);
    const nav = pageOf((await manager.get('/')).text);
    assert.equal(nav('a[href="/admin/workers"]').first().text().trim(), 'Workforce');
    assert.equal((await manager.get('/admin/workers/999999')).status, 404);
  });
});
