import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../access/audit.ts';
import { testActor } from '../testing/actors.ts';
import { errorSummary, pageOf, signedInAgent, submitForm, testHarbour, type TestHarbour } from '../testing/testApp.ts';
import { addWorker, allocateChild } from '../workforce/allocations.ts';
import { createChild } from './store.ts';

describe('finding and adding children', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let samId: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    const sam = await createChild(db, actor, { forename: 'Samuel', surname: 'Jones', dateOfBirth: '2016-04-12', sex: 'M', nhsNumber: '4857773456', upn: 'A123456789012' });
    await createChild(db, actor, { forename: 'Samantha', surname: 'Jones', dateOfBirth: '2018-09-30', sex: 'F' });
    await createChild(db, actor, { forename: 'Sam', surname: 'Jonas', dateOfBirth: '2016-04-12', sex: 'U' });
    samId = sam.id;
    const team = await db.selectFrom('teams').select('id').executeTakeFirstOrThrow();
    const worker = await addWorker(db, { name: 'Priya Patel', role: 'social-worker', teamId: team.id, startDate: '2020-01-01' });
    await allocateChild(db, actor, { childId: sam.id, workerId: worker.id, startDate: '2026-01-05' });
    await db.insertInto('addresses').values({ child_id: sam.id, line1: '1 Castle Street', postcode: 'SY1 1AA', start_date: '2020-01-01' }).execute();
  });
  after(() => harbour.close());

  const names = (html: string) => pageOf(html)('tbody tr td:first-child a').map((_i, el) => pageOf(html)(el).text()).get();

  test('search by part of a name, case-insensitive, shows what tells children apart', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const response = await agent.get('/children?q=SAM+jon');
    assert.equal(response.status, 200);
    assert.deepEqual(names(response.text), ['Sam Jonas', 'Samantha Jones', 'Samuel Jones']);
    assert.match(response.text, /1 Castle Street, SY1 1AA/);
    assert.match(response.text, /Priya Patel, Test locality team/);
  });

  test('search by date of birth, Harbour ID, UPN or NHS number', async () => {
    const agent = await signedInAgent(harbour, 'inspector');
    assert.deepEqual(names((await agent.get('/children?q=jon&dateOfBirth-day=12&dateOfBirth-month=4&dateOfBirth-year=2016')).text), ['Sam Jonas', 'Samuel Jones']);
    assert.deepEqual(names((await agent.get(`/children?q=${samId}`)).text), ['Samuel Jones']);
    assert.deepEqual(names((await agent.get('/children?q=a123456789012')).text), ['Samuel Jones']);
    assert.deepEqual(names((await agent.get('/children?q=485+777+3456')).text), ['Samuel Jones']);
    assert.deepEqual(names((await agent.get('/children?q=100%25')).text), [], 'wildcards typed are searched for literally');
  });

  test('an empty search or an impossible date gets a GOV.UK error', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const empty = await agent.get('/children?q=');
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), ['Enter a name, Harbour ID, UPN or NHS number, or a date of birth']);
    const impossible = await agent.get('/children?q=sam&dateOfBirth-day=31&dateOfBirth-month=2&dateOfBirth-year=2016');
    assert.deepEqual(errorSummary(impossible.text), ['Date of birth must be a real date']);
  });

  test('likely duplicates are shown before a new child is created, and the practitioner confirms', async () => {
    const agent = await signedInAgent(harbour, 'front-door');
    const fields = { forename: 'Sammy', surname: 'Jones', unborn: 'no', 'dateOfBirth-day': '12', 'dateOfBirth-month': '4', 'dateOfBirth-year': '2016', sex: 'M', ethnicity: 'WBRI' };
    const first = await submitForm(agent, '/children/new', '/children/new', fields);
    assert.equal(first.status, 200);
    assert.match(first.text, /Harbour may already have a record for this child/);
    assert.deepEqual(names(first.text), ['Samuel Jones']);
    assert.equal(pageOf(first.text)('#forename').val(), 'Sammy', 'what was typed is kept');

    const confirmed = await submitForm(agent, '/children/new', '/children/new', { ...fields, notADuplicate: 'yes' });
    assert.equal(confirmed.status, 302);
    const page = await agent.get(confirmed.headers.location!);
    assert.match(page.text, /Sammy Jones is recorded with Harbour ID/);
  });

  test('bad input on a new child is refused with every problem listed', async () => {
    const agent = await signedInAgent(harbour, 'front-door');
    const response = await submitForm(agent, '/children/new', '/children/new', { forename: '', surname: 'X', unborn: 'no', 'dateOfBirth-day': '1', 'dateOfBirth-month': '1', 'dateOfBirth-year': '2099', ethnicity: 'ZZZZ', nhsNumber: '123' });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), [
      'Enter the first name',
      'Select the sex',
      'Select the ethnicity from the list',
      'Enter an NHS number of 10 digits, like 485 777 3456',
      'Date of birth must be today or in the past',
    ]);
    const unborn = await submitForm(agent, '/children/new', '/children/new', { forename: 'Baby', surname: 'Due', unborn: 'yes', 'dateOfBirth-day': '1', 'dateOfBirth-month': '1', 'dateOfBirth-year': '2020', sex: 'U', ethnicity: 'NOBT' });
    assert.deepEqual(errorSummary(unborn.text), ['Expected date of birth must be today or in the future']);
  });

  test("opening a child's record is audited and a manager sees who viewed it", async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const page = await worker.get(`/children/${samId}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Samuel Jones/);
    const manager = await signedInAgent(harbour, 'team-manager');
    const log = await manager.get(`/children/${samId}/access-log`);
    assert.match(log.text, /test-practitioner/);
    assert.match(log.text, /Viewed/);
    assert.equal((await worker.get(`/children/${samId}/access-log`)).status, 403);
  });

  test('a restricted record opens only by grant or break-glass with a reason, which managers review', async () => {
    const db = harbour.database.db;
    const child = await createChild(db, actor, { forename: 'Rita', surname: 'Restricted', dateOfBirth: '2012-01-01', sex: 'F' });
    await db.updateTable('children').set({ access_restriction: 'high-profile' }).where('id', '=', child.id).execute();

    const worker = await signedInAgent(harbour, 'practitioner');
    const search = await worker.get('/children?q=rita');
    assert.match(search.text, /Restricted/);
    assert.equal((await worker.get(`/children/${child.id}`)).headers.location, `/children/${child.id}/restricted`);
    const short = await submitForm(worker, `/children/${child.id}/restricted`, `/children/${child.id}/restricted`, { reason: 'need' });
    assert.deepEqual(errorSummary(short.text), ['Explain why you need to open this record, in at least 10 characters']);
    const opened = await submitForm(worker, `/children/${child.id}/restricted`, `/children/${child.id}/restricted`, { reason: 'Police call out of hours about Rita' });
    assert.equal(opened.headers.location, `/children/${child.id}`);
    assert.equal((await worker.get(`/children/${child.id}`)).status, 200);

    const manager = await signedInAgent(harbour, 'team-manager');
    const reviews = await manager.get('/oversight/break-glass');
    assert.match(reviews.text, /Police call out of hours about Rita/);
    const openingId = pageOf(reviews.text)('form[action^="/oversight/break-glass/"]').attr('action')!;
    const reviewed = await submitForm(manager, '/oversight/break-glass', openingId, { note: 'Checked with EDT' });
    assert.equal(reviewed.status, 302);
    assert.doesNotMatch((await manager.get('/oversight/break-glass')).text, /Police call out of hours about Rita/);
  });

  test('a manager restricts a record with a reason and gives one person access', async () => {
    const db = harbour.database.db;
    const child = await createChild(db, actor, { forename: 'Una', surname: 'Adopted', dateOfBirth: '2019-01-01', sex: 'F' });
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = `/children/${child.id}/access`;
    const missing = await submitForm(manager, page, `${page}/restriction`, { restriction: 'adoption', reason: '', version: String(child.version) });
    assert.deepEqual(errorSummary(missing.text), ['Enter the reason for the change']);
    assert.equal((await submitForm(manager, page, `${page}/restriction`, { restriction: 'adoption', reason: 'Placed for adoption', version: String(child.version) })).status, 302);
    const stale = await submitForm(manager, page, `${page}/restriction`, { restriction: 'none', reason: 'Stale', version: String(child.version) });
    assert.equal(stale.status, 409);
    assert.equal((await db.selectFrom('children').select('access_restriction').where('id', '=', child.id).executeTakeFirstOrThrow()).access_restriction, 'adoption');

    const worker = await signedInAgent(harbour, 'iro');
    assert.equal((await worker.get(`/children/${child.id}`)).headers.location, `/children/${child.id}/restricted`);
    const unknown = await submitForm(manager, page, `${page}/grants`, { username: 'nobody', reason: 'x' });
    assert.deepEqual(errorSummary(unknown.text), ['Enter the username of someone who uses Harbour']);
    assert.equal((await submitForm(manager, page, `${page}/grants`, { username: 'test-iro', reason: 'Chairs her reviews' })).status, 302);
    assert.equal((await worker.get(`/children/${child.id}`)).status, 200);
    const history = await db.selectFrom('record_amendments').select(['field', 'reason']).where('record_id', '=', child.id).where('table_name', '=', 'children').execute();
    assert.deepEqual(history, [{ field: 'access_restriction', reason: 'Placed for adoption' }]);
  });
});
