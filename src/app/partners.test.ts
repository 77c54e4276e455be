import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { defineWorkingWith, grantAccess, restrictedFrom, type WorkingWith } from '../platform/access/recordScope.ts';
import { addUser, findUserById, verifyPartner } from '../platform/access/users.ts';
import { ValidationError } from '../core/errors.ts';
import { testActor } from './testing/actors.ts';
import { testPassword, testUsername } from './testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type TestHarbour,
} from './testing/testApp.ts';
import { modules, permissionTable, routeTables } from './modules.ts';
import { createChild } from '../areas/people/index.ts';
import { addWorker } from '../areas/workforce/index.ts';
import { findOrCreateTeam } from '../platform/access/teams.ts';
import type { User } from '../platform/access/schema.ts';

// Partners working in Harbour (issue 15): another agency's practitioner, verified and time-boxed,
// sees only the children they work with. Family Help's lead practitioner is another area's
// relationship; here a test-only one stands in for it, registered as an area registers its own.
describe('partner practitioners', () => {
  let harbour: TestHarbour;
  const db = () => harbour.database.db;
  /** The children whose lead practitioner each partner is, as Family Help would record it. */
  const leads = new Map<number, number[]>();
  const leadPractitioner: WorkingWith = (_db, user, childIds) =>
    Promise.resolve(childIds.filter((id) => leads.get(user.id)?.includes(id)));
  let partner: User;
  let theirs: number;
  let other: number;
  let sealed: number;
  let workerId: number;

  before(async () => {
    harbour = await testHarbour({}, { needToKnow: true });
    defineWorkingWith(
      [...modules.flatMap((module) => (module.workingWith ? [module.workingWith] : [])), leadPractitioner],
      [
        ...modules.flatMap((module) => (module.caseloadOf ? [module.caseloadOf] : [])),
        (_db, user) => Promise.resolve(leads.get(user.id) ?? []),
      ],
    );
    const manager = await testActor(db(), 'service-manager');
    const child = async (forename: string) =>
      (await createChild(db(), manager, { forename, surname: 'Partnerwalk', dateOfBirth: '2017-05-05', sex: 'F' })).id;
    theirs = await child('Tilly');
    other = await child('Yves');
    sealed = await child('Sabine');
    await db().updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', sealed).execute();
    partner = await db()
      .selectFrom('users')
      .selectAll()
      .where('username', '=', testUsername('partner'))
      .executeTakeFirstOrThrow();
    // Lead practitioner for Tilly, and for Sabine, whose record is restricted.
    leads.set(partner.id, [theirs, sealed]);
    const team = await findOrCreateTeam(db(), 'Partner walk team');
    workerId = (
      await addWorker(db(), { name: 'Sam Social', role: 'social-worker', teamId: team.id, startDate: '2020-01-01' })
    ).id;
  });
  after(() => {
    defineWorkingWith(
      modules.flatMap((module) => (module.workingWith ? [module.workingWith] : [])),
      modules.flatMap((module) => (module.caseloadOf ? [module.caseloadOf] : [])),
    );
    return harbour.close();
  });

  test('opens the record of a child they work with, records a case note for them, every view audited', async () => {
    const agent = await signedInAgent(harbour, 'partner');
    assert.equal((await agent.get(`/children/${theirs}`)).status, 200);
    assert.equal((await agent.get(`/children/${theirs}/case-notes`)).status, 200);
    const form = `/children/${theirs}/case-notes/new`;
    const saved = await submitForm(agent, form, form, {
      ...dateFields('happenedAt', '2026-11-24'),
      'happenedAt-time': '10:15',
      kind: 'other',
      'worker-1': String(workerId),
      noteText: 'Met Tilly at school with her class teacher.',
      [`childSeen-${theirs}`]: 'yes',
      [`seenAlone-${theirs}`]: 'no',
      [`seenWhere-${theirs}`]: 'School',
      [`wishesAndFeelings-${theirs}`]: 'I like reading club',
      [`voiceGathered-${theirs}`]: 'spoken',
    });
    assert.equal(saved.status, 302, errorSummary(saved.text).join());
    const note = await db()
      .selectFrom('case_notes')
      .select(['id', 'note_text'])
      .where('child_id', '=', theirs)
      .executeTakeFirstOrThrow();
    assert.equal(note.note_text, 'Met Tilly at school with her class teacher.');
    const changed = await db()
      .selectFrom('audit_events')
      .select('record_id')
      .where('event', '=', 'child-record-changed')
      .where('user_id', '=', partner.id)
      .where('child_id', '=', String(theirs))
      .execute();
    assert.ok(changed.some((event) => event.record_id === String(note.id)));
    const viewed = await db()
      .selectFrom('audit_events')
      .select('record_type')
      .where('event', '=', 'child-record-viewed')
      .where('user_id', '=', partner.id)
      .where('child_id', '=', String(theirs))
      .execute();
    assert.ok(viewed.some((event) => event.record_type === 'case_notes'));
  });

  test('refused any other child outright: no reason to give, no break-glass, no grant, nobody named', async () => {
    const agent = await signedInAgent(harbour, 'partner');
    for (const childId of [other, sealed]) {
      for (const path of [
        `/children/${childId}`,
        `/children/${childId}/case-notes`,
        `/children/${childId}/chronology`,
      ]) {
        const response = await agent.get(path);
        assert.equal(response.status, 403, path);
        assert.equal(response.headers.location, undefined, path);
        assert.doesNotMatch(response.text, /Yves|Sabine/, path);
      }
      assert.equal((await agent.get(`/children/${childId}/why`)).status, 403);
      assert.equal((await agent.get(`/children/${childId}/restricted`)).status, 403);
    }
    const token = pageOf((await agent.get('/sign-out')).text)('input[name="_csrf"]').val() as string;
    for (const path of [
      `/children/${sealed}/restricted`,
      `/children/${other}/why`,
      `/children/${other}/case-notes/new`,
    ]) {
      const response = await agent.post(path).type('form').send({ _csrf: token, reason: 'duty', detail: 'Trying' });
      assert.equal(response.status, 403, path);
    }
    assert.equal(
      (await db().selectFrom('break_glass_openings').select('id').where('user_id', '=', partner.id).execute()).length,
      0,
    );
    assert.equal(
      (await db().selectFrom('record_access_reasons').select('id').where('user_id', '=', partner.id).execute()).length,
      0,
    );
    const refusals = await db()
      .selectFrom('audit_events')
      .select('child_id')
      .where('event', '=', 'permission-denied')
      .where('user_id', '=', partner.id)
      .execute();
    assert.ok(refusals.some((event) => event.child_id === String(other)));

    // No manager can grant a partner a restricted record; a grant in the table would not open it either.
    const manager = await testActor(db(), 'service-manager');
    await assert.rejects(
      grantAccess(db(), manager, { childId: sealed, userId: partner.id, reason: 'Asked', endsOn: '2026-12-31' }),
      (error: unknown) => error instanceof ValidationError && /partner practitioner/.test(error.message),
    );
    await db()
      .insertInto('child_access_grants')
      .values({ child_id: sealed, user_id: partner.id, granted_by: manager.userId, reason: 'Direct' })
      .execute();
    assert.equal((await agent.get(`/children/${sealed}`)).status, 403);
    // Nor is any child they do not work with named to them anywhere: only their unrestricted child is.
    const withheld = await restrictedFrom(db(), partner, [
      { id: theirs, access_restriction: null },
      { id: other, access_restriction: null },
      { id: sealed, access_restriction: 'adoption' },
    ]);
    assert.deepEqual([...withheld].sort(), [other, sealed].sort());
  });

  test('no search, list, team page or report across the county: only their own pages', async () => {
    const agent = await signedInAgent(harbour, 'partner');
    const ownPages = ['/', '/sign-out'];
    const countyPages = routeTables
      .flatMap((table) => table.specs)
      .filter((spec) => spec.method === 'get' && !spec.path.includes(':') && spec.access !== 'public')
      .filter((spec) => !ownPages.includes(spec.path));
    assert.ok(countyPages.length >= 20, `${countyPages.length} pages`);
    for (const spec of countyPages) assert.equal((await agent.get(spec.path)).status, 403, spec.path);
    assert.equal((await agent.get('/children?q=Partnerwalk')).status, 403);
  });

  test('their home page lists the children they work with and what is due, and no other child', async () => {
    const agent = await signedInAgent(harbour, 'partner');
    const home = await agent.get('/');
    assert.equal(home.status, 200);
    const $ = pageOf(home.text);
    assert.match($('#my-children + * caption, #my-children ~ table caption').first().text(), /1 child you work with/);
    assert.deepEqual(
      tableRows(home.text).map((row) => row.split('|')[0]),
      ['Tilly Partnerwalk'],
    );
    assert.doesNotMatch(home.text, /Yves|Sabine/);
    assert.match(home.text, /A restricted record is not shown/);
    // The service navigation offers nothing they cannot open.
    assert.deepEqual(
      $('.govuk-service-navigation__list a')
        .map((_i, link) => $(link).text().trim())
        .get()
        .filter((text, i, all) => all.indexOf(text) === i),
      ['Home', 'Sign out'],
    );
  });

  test('an unverified partner, or one whose access has ended, cannot sign in; a session ends with the access', async () => {
    const admin = await testActor(db(), 'administrator');
    const newcomer = await addUser(
      db(),
      admin,
      {
        username: 'p.nurse',
        displayName: 'Pat Nurse',
        roles: ['partner'],
        organisation: 'Harbour Community Health',
        roleAtOrganisation: 'Health visitor',
        accessEndsOn: '2026-12-31',
        password: testPassword,
      },
      '2026-11-25',
    );
    const signIn = (username: string) =>
      submitForm(request.agent(harbour.app), '/sign-in', '/sign-in', { username, password: testPassword });
    assert.equal((await signIn('p.nurse')).status, 401);
    await verifyPartner(db(), admin, newcomer.id, newcomer.version);
    const agent = request.agent(harbour.app);
    assert.equal(
      (await submitForm(agent, '/sign-in', '/sign-in', { username: 'p.nurse', password: testPassword })).status,
      302,
    );
    assert.equal((await agent.get('/')).status, 200);
    harbour.clock.setToday('2027-01-01');
    try {
      assert.equal((await agent.get('/')).headers.location, '/sign-in');
      assert.equal((await signIn('p.nurse')).status, 401);
    } finally {
      harbour.clock.setToday('2026-11-25');
    }
    const failures = await db()
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'sign-in-failed')
      .where('username', '=', 'p.nurse')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      failures.map((event) => event.detail.reason),
      ['unverified', 'access-ended'],
    );
  });

  test('an administrator adds a partner with their organisation, role there and an end date, then verifies them', async () => {
    const admin = await signedInAgent(harbour, 'administrator');
    const team = await findOrCreateTeam(db(), 'Partner walk team');
    const base = {
      username: 'd.lead',
      displayName: 'Dee Lead',
      email: '',
      password: 'a-long-enough-password',
    };
    const bad = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      ...base,
      roles: ['partner', 'practitioner'],
      teamId: String(team.id),
      organisation: ' ',
      ...dateFields('accessEndsOn', '2027-11-26'),
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'A partner practitioner’s account has no other role: select only that',
      'A partner practitioner is in no council team: select No team',
      'Enter the organisation the partner practitioner works for',
      'Enter their role at the organisation, for example designated safeguarding lead',
      'Last day of access must be within 12 months: on or before 25 November 2027',
    ]);
    assert.equal(pageOf(bad.text)('#displayName').val(), 'Dee Lead');
    const noEnd = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      ...base,
      roles: 'partner',
      organisation: 'Harbour Primary School',
      roleAtOrganisation: 'Designated safeguarding lead',
    });
    assert.deepEqual(errorSummary(noEnd.text), [
      'Enter the last day of access: a partner practitioner’s account ends within 12 months',
    ]);

    const added = await submitForm(admin, '/admin/users/new', '/admin/users/new', {
      ...base,
      roles: 'partner',
      teamId: '',
      organisation: 'Harbour Primary School',
      roleAtOrganisation: 'Designated safeguarding lead',
      ...dateFields('accessEndsOn', '2027-11-25'),
    });
    assert.equal(added.status, 302, errorSummary(added.text).join());
    const page = String(added.headers.location);
    assert.match(page, /^\/admin\/users\/\d+$/);
    const userId = Number(page.split('/').at(-1));
    const list = await admin.get('/admin/users');
    assert.match(
      pageOf(list.text)(`a[href="${page}"]`).closest('tr').text(),
      /Designated safeguarding lead, Harbour Primary School[\s\S]*Awaiting verification/,
    );

    const edit = await admin.get(page);
    assert.match(pageOf(edit.text)('#verify ~ dl').first().text(), /Not verified: they cannot sign in/);
    const version = String(pageOf(edit.text)('form[action$="/verify"] input[name="version"]').val());
    // Someone changed the account since the page was read: verifying what they did not see is refused.
    await db()
      .updateTable('users')
      .set({ email: 'dee@example.org', version: Number(version) + 1 })
      .where('id', '=', userId)
      .execute();
    const stale = await submitForm(admin, page, `${page}/verify`, { version });
    assert.equal(stale.status, 409);
    const verified = await submitForm(admin, page, `${page}/verify`, { version: String(Number(version) + 1) });
    assert.equal(verified.status, 302);
    const again = await submitForm(admin, page, `${page}/verify`, { version: String(Number(version) + 2) });
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), ['This account is already verified']);
    const user = (await findUserById(db(), userId))!;
    const adminId = (await testActor(db(), 'administrator')).userId;
    assert.equal(user.verified_by, adminId);
    assert.ok(user.verified_at);
    const audited = await db()
      .selectFrom('audit_events')
      .select(['user_id', 'detail'])
      .where('event', '=', 'partner-verified')
      .where('record_id', '=', String(userId))
      .execute();
    assert.deepEqual(audited, [
      {
        user_id: adminId,
        detail: {
          username: 'd.lead',
          organisation: 'Harbour Primary School',
          roleAtOrganisation: 'Designated safeguarding lead',
          accessEndsOn: '2027-11-25',
        },
      },
    ]);
    assert.match((await admin.get(page)).text, /By Test administrator on/);

    // Another organisation is verified again before they sign in.
    const moved = await submitForm(admin, page, page, {
      version: String(user.version),
      displayName: 'Dee Lead',
      roles: 'partner',
      teamId: '',
      organisation: 'Harbour Academy',
      roleAtOrganisation: 'Designated safeguarding lead',
      ...dateFields('accessEndsOn', '2027-11-25'),
    });
    assert.equal(moved.status, 302, errorSummary(moved.text).join());
    assert.equal((await findUserById(db(), userId))!.verified_at, null);
  });

  test('a partner holds only their own pages, the records of their children, case notes and their family plan', () => {
    const theirsToo = Object.entries(permissionTable)
      .filter(([, roles]) => roles.includes('partner'))
      .map(([permission]) => permission)
      .sort();
    assert.deepEqual(theirsToo, [
      'case-note:record',
      'child:view',
      'familyhelp:view',
      'familyplan:record',
      'home:view',
    ]);
  });
});
