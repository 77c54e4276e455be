import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { addWorker, allocateChild } from '../workforce/allocations.ts';
import { testUsername } from '../../app/testing/testDatabase.ts';
import { createChild, linkChildren } from './store.ts';
import { recordContact } from '../frontdoor/store.ts';
import { recordReferral } from '../assessment/store.ts';
import { grantAccess } from '../../platform/access/recordScope.ts';

describe('finding and adding children', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let samId: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    const sam = await createChild(db, actor, {
      forename: 'Samuel',
      surname: 'Jones',
      dateOfBirth: '2016-04-12',
      sex: 'M',
      nhsNumber: '9434765919',
      upn: 'A123456789012',
    });
    await createChild(db, actor, { forename: 'Samantha', surname: 'Jones', dateOfBirth: '2018-09-30', sex: 'F' });
    await createChild(db, actor, { forename: 'Sam', surname: 'Jonas', dateOfBirth: '2016-04-12', sex: 'U' });
    samId = sam.id;
    const team = await db.selectFrom('teams').select('id').executeTakeFirstOrThrow();
    const worker = await addWorker(db, {
      name: 'Priya Patel',
      role: 'social-worker',
      teamId: team.id,
      startDate: '2020-01-01',
    });
    await allocateChild(db, actor, { childId: sam.id, workerId: worker.id, startDate: '2026-01-05' });
    await db
      .insertInto('addresses')
      .values({ child_id: sam.id, line1: '1 Castle Street', postcode: 'SY1 1AA', start_date: '2020-01-01' })
      .execute();
  });
  after(() => harbour.close());

  const names = (html: string) =>
    pageOf(html)('tbody tr td:first-child a')
      .map((_i, el) => pageOf(html)(el).text())
      .get();

  test('search by part of a name, case-insensitive, shows what tells children apart', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const response = await agent.get('/children?q=SAM+jon');
    assert.equal(response.status, 200);
    assert.deepEqual(names(response.text), ['Sam Jonas', 'Samantha Jones', 'Samuel Jones']);
    assert.match(response.text, /1 Castle Street, SY1 1AA/);
    assert.match(response.text, /Priya Patel, Test locality team/);
  });

  test('many matches are shown 50 to a page, with the total and GOV.UK pagination keeping the search', async () => {
    const db = harbour.database.db;
    for (let i = 1; i <= 60; i++)
      await createChild(db, actor, {
        forename: `Pagina${String(i).padStart(2, '0')}`,
        surname: 'Many',
        dateOfBirth: '2014-01-01',
        sex: 'U',
      });
    const agent = await signedInAgent(harbour, 'practitioner');
    const first = pageOf((await agent.get('/children?q=pagina+many')).text);
    assert.equal(first('tbody tr').length, 50);
    assert.match(first('caption').text(), /60 children found: 1 to 50 shown/);
    assert.equal(first('.govuk-pagination__next a').attr('href'), '/children?q=pagina+many&page=2');
    const second = pageOf((await agent.get('/children?q=pagina+many&page=2')).text);
    assert.equal(second('tbody tr').length, 10);
    assert.match(second('caption').text(), /51 to 60 shown/);
    assert.equal(second('tbody tr').first().find('a').text().trim(), 'Pagina51 Many');
    assert.equal(second('.govuk-pagination__next').length, 0);
    assert.equal(second('.govuk-pagination__prev a').attr('href'), '/children?q=pagina+many&page=1');
  });

  test('past 500 matches the page says so and asks for more, pages go as far as 500, a restricted match is still withheld', async () => {
    const db = harbour.database.db;
    await db
      .insertInto('children')
      .values(
        Array.from({ length: 520 }, (_, i) => ({
          forename: `Kit${String(i).padStart(3, '0')}`,
          surname: 'Overmanyson',
          date_of_birth: '2013-03-03',
          sex: 'U',
          ethnicity: 'NOBT',
        })),
      )
      .execute();
    // Her surname is the word searched, so she ranks before every mere 'Overmanyson'.
    await db
      .insertInto('children')
      .values({
        forename: 'Hidden',
        surname: 'Overmany',
        date_of_birth: '2013-03-04',
        sex: 'F',
        ethnicity: 'NOBT',
        access_restriction: 'high-profile',
      })
      .execute();
    const agent = await signedInAgent(harbour, 'practitioner');
    const first = await agent.get('/children?q=overmany');
    const page = pageOf(first.text);
    assert.match(page('#too-many-matches').text(), /More than 500 children match — add a first name or date of birth/);
    assert.match(page('caption').text(), /More than 500 children found: 1 to 50 shown/);
    assert.equal(page('.govuk-pagination__item').last().text().trim(), '10', 'the pages go as far as the cap');
    assert.doesNotMatch(first.text, /Hidden/);
    assert.match(page('#restricted-matches').text(), /A restricted record may match/);
    assert.equal(names(first.text).length, 49);

    const last = pageOf((await agent.get('/children?q=overmany&page=10')).text);
    assert.equal(last('tbody tr').length, 50);
    assert.match(last('caption').text(), /451 to 500 shown/);
    assert.equal(last('.govuk-pagination__next').length, 0);

    const narrowed = pageOf((await agent.get('/children?q=overmany+kit01')).text);
    assert.equal(narrowed('#too-many-matches').length, 0);
    assert.match(narrowed('caption').text(), /^10 children found$/);
  });

  test('a search repeated in the address, or with a NUL in it, or past the last page, is answered, never a 500', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    for (const path of [
      '/children?q=sam&q=jones',
      '/children?q=sa%00m',
      '/children?q=jones&page=999',
      '/children?q[a]=1',
    ])
      assert.ok((await agent.get(path)).status < 500, path);
  });

  test('search by date of birth, Harbour ID, UPN or NHS number', async () => {
    const agent = await signedInAgent(harbour, 'inspector');
    assert.deepEqual(
      names((await agent.get('/children?q=jon&dateOfBirth-day=12&dateOfBirth-month=4&dateOfBirth-year=2016')).text),
      ['Sam Jonas', 'Samuel Jones'],
    );
    assert.deepEqual(names((await agent.get(`/children?q=${samId}`)).text), ['Samuel Jones']);
    assert.deepEqual(names((await agent.get('/children?q=a123456789012')).text), ['Samuel Jones']);
    assert.deepEqual(names((await agent.get('/children?q=943+476+5919')).text), ['Samuel Jones']);
    assert.deepEqual(
      names((await agent.get('/children?q=100%25')).text),
      [],
      'wildcards typed are searched for literally',
    );
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
    const fields = {
      forename: 'Sammy',
      surname: 'Jones',
      unborn: 'no',
      'dateOfBirth-day': '12',
      'dateOfBirth-month': '4',
      'dateOfBirth-year': '2016',
      sex: 'M',
      ethnicity: 'WBRI',
      nhsNumberUnknown: 'requested',
    };
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
    const response = await submitForm(agent, '/children/new', '/children/new', {
      forename: '',
      surname: 'X',
      unborn: 'no',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2099',
      ethnicity: 'ZZZZ',
      nhsNumber: '123',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), [
      'Enter the first name',
      'Date of birth must be today or in the past',
      'Select the sex',
      'Select the ethnicity from the list',
      'Enter an NHS number of 10 digits, like 943 476 5919',
    ]);
    const unborn = await submitForm(agent, '/children/new', '/children/new', {
      forename: 'Baby',
      surname: 'Due',
      unborn: 'yes',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2020',
      sex: 'U',
      ethnicity: 'NOBT',
    });
    assert.deepEqual(errorSummary(unborn.text), ['Expected date of birth must be today or in the future']);
  });

  test('an NHS number whose check digit does not match is refused, and a valid one is kept', async () => {
    const agent = await signedInAgent(harbour, 'practitioner');
    const details = {
      forename: 'Nia',
      surname: 'Checked',
      unborn: 'no',
      'dateOfBirth-day': '3',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '2019',
      sex: 'F',
      ethnicity: 'NOBT',
    };
    const wrong = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumber: '943 476 5918' });
    assert.equal(wrong.status, 400);
    assert.deepEqual(errorSummary(wrong.text), ['This is not a valid NHS number — check the 10 digits']);
    assert.equal(pageOf(wrong.text)('#nhsNumber').val(), '943 476 5918', 'what was typed is kept to correct');
    const right = await submitForm(agent, '/children/new', '/children/new', { ...details, nhsNumber: '999 000 0050' });
    assert.equal(right.status, 302);
    const stored = await harbour.database.db
      .selectFrom('children')
      .select('nhs_number')
      .where('surname', '=', 'Checked')
      .executeTakeFirstOrThrow();
    assert.equal(stored.nhs_number, '9990000050');
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
    const child = await createChild(db, actor, {
      forename: 'Rita',
      surname: 'Restricted',
      dateOfBirth: '2012-01-01',
      sex: 'F',
    });
    await db.updateTable('children').set({ access_restriction: 'high-profile' }).where('id', '=', child.id).execute();

    const worker = await signedInAgent(harbour, 'practitioner');
    // Search says a restricted record may match, without naming or describing it.
    const search = await worker.get('/children?q=rita');
    assert.match(search.text, /A restricted record may match — ask the service manager/);
    assert.doesNotMatch(search.text, /Rita Restricted|2012/);
    assert.equal((await worker.get(`/children/${child.id}`)).headers.location, `/children/${child.id}/restricted`);
    const short = await submitForm(worker, `/children/${child.id}/restricted`, `/children/${child.id}/restricted`, {
      reason: 'need',
    });
    assert.deepEqual(errorSummary(short.text), ['Explain why you need to open this record, in at least 10 characters']);
    const opened = await submitForm(worker, `/children/${child.id}/restricted`, `/children/${child.id}/restricted`, {
      reason: 'Police call out of hours about Rita',
    });
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
    const child = await createChild(db, actor, {
      forename: 'Una',
      surname: 'Adopted',
      dateOfBirth: '2019-01-01',
      sex: 'F',
    });
    const manager = await signedInAgent(harbour, 'team-manager');
    const page = `/children/${child.id}/access`;
    const missing = await submitForm(manager, page, `${page}/restriction`, {
      restriction: 'adoption',
      reason: '',
      version: String(child.version),
    });
    assert.deepEqual(errorSummary(missing.text), ['Enter the reason for the change']);
    assert.equal(
      (
        await submitForm(manager, page, `${page}/restriction`, {
          restriction: 'adoption',
          reason: 'Placed for adoption',
          version: String(child.version),
        })
      ).status,
      302,
    );
    const stale = await submitForm(manager, page, `${page}/restriction`, {
      restriction: 'none',
      reason: 'Stale',
      version: String(child.version),
    });
    assert.equal(stale.status, 409);
    assert.equal(
      (
        await db
          .selectFrom('children')
          .select('access_restriction')
          .where('id', '=', child.id)
          .executeTakeFirstOrThrow()
      ).access_restriction,
      'adoption',
    );

    const worker = await signedInAgent(harbour, 'iro');
    assert.equal((await worker.get(`/children/${child.id}`)).headers.location, `/children/${child.id}/restricted`);
    // Access is given by a service manager, to a named person, until a date.
    const serviceManager = await signedInAgent(harbour, 'service-manager');
    const until = dateFields('endsOn', '2027-06-30');
    const unknown = await submitForm(serviceManager, page, `${page}/grants`, {
      username: 'nobody',
      reason: 'x',
      ...until,
    });
    assert.deepEqual(errorSummary(unknown.text), ['Enter the username of someone who uses Harbour']);
    assert.equal(
      (
        await submitForm(serviceManager, page, `${page}/grants`, {
          username: 'test-iro',
          reason: 'Chairs her reviews',
          ...until,
        })
      ).status,
      302,
    );
    assert.equal((await worker.get(`/children/${child.id}`)).status, 200);
    const history = await db
      .selectFrom('record_amendments')
      .select(['field', 'reason'])
      .where('record_id', '=', child.id)
      .where('table_name', '=', 'children')
      .execute();
    assert.deepEqual(history, [{ field: 'access_restriction', reason: 'Placed for adoption' }]);
  });
});

describe("building a child's family network", () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let ellaId: number;
  let finnId: number;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
    ellaId = (
      await createChild(harbour.database.db, actor, {
        forename: 'Ella',
        surname: 'Network',
        dateOfBirth: '2014-06-01',
        sex: 'F',
      })
    ).id;
    finnId = (
      await createChild(harbour.database.db, actor, {
        forename: 'Finn',
        surname: 'Network',
        dateOfBirth: '2016-02-03',
        sex: 'M',
      })
    ).id;
  });
  after(() => harbour.close());

  const family = (html: string) =>
    pageOf(html)('table:has(caption:contains("Family network")) tbody tr')
      .map((_i, row) =>
        pageOf(html)(row)
          .find('td')
          .slice(0, 2)
          .map((_j, cell) => pageOf(html)(cell).text().trim())
          .get()
          .join(': '),
      )
      .get();
  const choices = (html: string) =>
    pageOf(html)('input[name="relatedChildId"]')
      .map((_i, el) => Number(pageOf(html)(el).val()))
      .get();

  test("a sibling found by name is linked, shows in both children's family networks and is audited", async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const childPage = await worker.get(`/children/${ellaId}`);
    assert.match(childPage.text, /Link a child already in Harbour/);
    assert.match(childPage.text, /Add an adult/);

    const page = `/children/${ellaId}/family/children?q=network`;
    const search = await worker.get(page);
    assert.equal(search.status, 200);
    assert.deepEqual(choices(search.text), [finnId], 'the child themself is not offered');
    assert.match(search.text, /Harbour ID \d+\. Born 3 February 2016\. Address not known\. Not allocated\./);

    const linked = await submitForm(worker, page, `/children/${ellaId}/family/children`, {
      q: 'network',
      relatedChildId: String(finnId),
      relationship: 'sibling',
    });
    assert.equal(linked.status, 302);
    assert.equal(linked.headers.location, `/children/${ellaId}`);
    const ella = await worker.get(`/children/${ellaId}`);
    assert.match(ella.text, /Finn Network is now in Ella Network&#39;s family network/);
    assert.deepEqual(family(ella.text), ['Finn Network: sibling']);
    assert.deepEqual(
      family((await worker.get(`/children/${finnId}`)).text),
      ['Ella Network: sibling'],
      'a link between children reads from either side',
    );

    const db = harbour.database.db;
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'child-record-changed')
      .where('record_type', '=', 'relationships')
      .where('child_id', '=', String(ellaId))
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.username, testUsername('practitioner'));
    assert.deepEqual(audit[0]!.detail, { relatedChildId: finnId });
    const finnAudit = await db
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'child-record-changed')
      .where('record_type', '=', 'relationships')
      .where('child_id', '=', String(finnId))
      .execute();
    assert.deepEqual(
      finnAudit.map((row) => row.detail),
      [{ relatedChildId: ellaId }],
      "the link is on Finn's trail too",
    );

    assert.deepEqual(choices((await worker.get(page)).text), [], 'a child already linked is not offered again');
    // As when the form is sent twice: the page that showed it no longer offers Finn.
    const again = await submitForm(worker, `/children/${ellaId}/family/adults`, `/children/${ellaId}/family/children`, {
      q: 'network',
      relatedChildId: String(finnId),
      relationship: 'half-sibling',
    });
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), ["Finn Network is already in Ella Network's family network"]);
    assert.equal(
      (await db.selectFrom('relationships').select('id').where('child_id', '=', ellaId).execute()).length,
      1,
    );
  });

  test('linking a child with something missing, or to themself, gets a GOV.UK error and keeps the search and choices', async () => {
    const worker = await signedInAgent(harbour, 'front-door');
    const gus = await createChild(harbour.database.db, actor, {
      forename: 'Gus',
      surname: 'Alone',
      dateOfBirth: '2018-01-01',
      sex: 'M',
    });
    const hal = await createChild(harbour.database.db, actor, {
      forename: 'Hal',
      surname: 'Alone',
      dateOfBirth: '2019-01-01',
      sex: 'M',
    });
    const action = `/children/${gus.id}/family/children`;
    const page = `${action}?q=alone`;

    const blank = await worker.get(`${action}?q=+`);
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Enter a name, Harbour ID, UPN or NHS number']);

    const nothing = await submitForm(worker, page, action, { q: 'alone' });
    assert.equal(nothing.status, 400);
    assert.deepEqual(errorSummary(nothing.text), ['Select the child to link', 'Select how the children are related']);
    assert.equal(pageOf(nothing.text)('#q').val(), 'alone');
    assert.deepEqual(choices(nothing.text), [hal.id], 'the results are shown again to choose from');

    const noRelationship = await submitForm(worker, page, action, { q: 'alone', relatedChildId: String(hal.id) });
    assert.deepEqual(errorSummary(noRelationship.text), ['Select how the children are related']);
    assert.equal(
      pageOf(noRelationship.text)(`input[name="relatedChildId"][value="${hal.id}"]`).attr('checked'),
      'checked',
      'the chosen child stays chosen',
    );

    const noChild = await submitForm(worker, page, action, { q: 'alone', relationship: 'half-sibling' });
    assert.deepEqual(errorSummary(noChild.text), ['Select the child to link']);
    assert.equal(pageOf(noChild.text)('input[name="relationship"][value="half-sibling"]').attr('checked'), 'checked');

    const themself = await submitForm(worker, page, action, {
      q: 'alone',
      relatedChildId: String(gus.id),
      relationship: 'sibling',
    });
    assert.equal(themself.status, 400);
    assert.deepEqual(errorSummary(themself.text), ['A child cannot be related to themselves']);

    const unknown = await submitForm(worker, page, action, {
      q: 'alone',
      relatedChildId: '999999',
      relationship: 'sibling',
    });
    assert.deepEqual(errorSummary(unknown.text), ['Select the child to link from the search results']);
    const parent = await submitForm(worker, page, action, {
      q: 'alone',
      relatedChildId: String(hal.id),
      relationship: 'parent',
    });
    assert.deepEqual(
      errorSummary(parent.text),
      ['Select how the children are related'],
      'only links that read the same from both sides are offered between children',
    );
    assert.equal(
      (await harbour.database.db.selectFrom('relationships').select('id').where('child_id', '=', gus.id).execute())
        .length,
      0,
    );
  });

  test('an adult is added with their relationship and parental responsibility, after errors that keep what was typed', async () => {
    const worker = await signedInAgent(harbour, 'practitioner');
    const page = `/children/${finnId}/family/adults`;
    const bad = await submitForm(worker, page, page, {
      forename: ' ',
      surname: 'Network',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2099',
      parentalResponsibility: 'yes',
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(errorSummary(bad.text), [
      'Enter their first name',
      'Date of birth must be today or in the past',
      'Select how they are related to the child',
    ]);
    const form = pageOf(bad.text);
    assert.equal(form('#surname').val(), 'Network');
    assert.equal(form('#dateOfBirth-year').val(), '2099');
    assert.equal(form('input[name="parentalResponsibility"]').attr('checked'), 'checked');

    const added = await submitForm(worker, page, page, {
      forename: 'Hannah',
      surname: 'Network',
      'dateOfBirth-day': '4',
      'dateOfBirth-month': '7',
      'dateOfBirth-year': '1990',
      relationship: 'parent',
      parentalResponsibility: 'yes',
    });
    assert.equal(added.status, 302);
    assert.equal(added.headers.location, `/children/${finnId}`);
    const finn = await worker.get(`/children/${finnId}`);
    assert.match(finn.text, /Hannah Network is now in Finn Network&#39;s family network/);
    assert.ok(family(finn.text).includes('Hannah Network: parent, with parental responsibility'));
    assert.match(finn.text, /4 July 1990/);

    const db = harbour.database.db;
    const adult = await db.selectFrom('adults').selectAll().where('forename', '=', 'Hannah').executeTakeFirstOrThrow();
    assert.equal(adult.date_of_birth, '1990-07-04');
    const link = await db
      .selectFrom('relationships')
      .selectAll()
      .where('related_adult_id', '=', adult.id)
      .executeTakeFirstOrThrow();
    assert.equal(link.child_id, finnId);
    assert.equal(link.has_parental_responsibility, true);
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'child-record-changed')
      .where('record_id', '=', String(link.id))
      .where('record_type', '=', 'relationships')
      .execute();
    assert.deepEqual(
      audit.map((event) => [event.child_id, event.detail]),
      [[String(finnId), { adultId: adult.id }]],
    );
    const recorded = await db
      .selectFrom('audit_events')
      .select('child_id')
      .where('record_type', '=', 'adults')
      .where('record_id', '=', String(adult.id))
      .execute();
    assert.deepEqual(
      recorded,
      [{ child_id: String(finnId) }],
      'the new adult is audited on the child’s record with the link',
    );

    const withoutBirth = await submitForm(worker, page, page, {
      forename: 'Ian',
      surname: 'Carer',
      relationship: 'carer',
    });
    assert.equal(withoutBirth.status, 302, 'the date of birth is optional');
    assert.ok(family((await worker.get(`/children/${finnId}`)).text).includes('Ian Carer: carer'));
  });

  test('a restricted child is not described in the results to someone without access, nor linked by them', async () => {
    const db = harbour.database.db;
    const rosa = await createChild(db, actor, {
      forename: 'Rosa',
      surname: 'Kept',
      dateOfBirth: '2017-05-05',
      sex: 'F',
    });
    const kit = await createChild(db, actor, { forename: 'Kit', surname: 'Kept', dateOfBirth: '2015-05-05', sex: 'M' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', rosa.id).execute();
    const page = `/children/${kit.id}/family/children`;

    const worker = await signedInAgent(harbour, 'practitioner');
    const search = await worker.get(`${page}?q=kept`);
    assert.equal(search.status, 200);
    assert.doesNotMatch(search.text, /Rosa/);
    assert.doesNotMatch(search.text, /5 May 2017/);
    assert.deepEqual(choices(search.text), []);
    assert.match(search.text, /1 more child matches, whose record is restricted/);
    const byId = await worker.get(`${page}?q=${rosa.id}`);
    assert.doesNotMatch(byId.text, /Rosa/);

    const forced = await submitForm(worker, `/children/${kit.id}/family/adults`, page, {
      q: 'kept',
      relatedChildId: String(rosa.id),
      relationship: 'sibling',
    });
    assert.equal(forced.status, 400);
    assert.deepEqual(errorSummary(forced.text), ['Select the child to link from the search results']);
    assert.doesNotMatch(forced.text, /Rosa/);
    assert.equal(
      (await db.selectFrom('relationships').select('id').where('child_id', '=', kit.id).execute()).length,
      0,
    );

    assert.equal(
      (await worker.get(`/children/${rosa.id}/family/children`)).headers.location,
      `/children/${rosa.id}/restricted`,
      "the restricted child's own pages need access too",
    );
    assert.equal(
      (await worker.get(`/children/${rosa.id}/family/adults`)).headers.location,
      `/children/${rosa.id}/restricted`,
    );

    const practitioner = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', testUsername('practitioner'))
      .executeTakeFirstOrThrow();
    await grantAccess(db, actor, {
      childId: rosa.id,
      userId: practitioner.id,
      reason: 'Allocated worker',
      endsOn: '2027-03-31',
    });
    const granted = await worker.get(`${page}?q=kept`);
    assert.deepEqual(choices(granted.text), [rosa.id]);
    assert.match(granted.text, /Address restricted/);
  });

  test("a brother or sister's restricted record is withheld from the family network and the chronology until access is given", async () => {
    const db = harbour.database.db;
    const ivy = (
      await createChild(db, actor, { forename: 'Ivy', surname: 'Kept', dateOfBirth: '2015-03-01', sex: 'F' })
    ).id;
    const jude = (
      await createChild(db, actor, { forename: 'Jude', surname: 'Kept', dateOfBirth: '2019-07-07', sex: 'M' })
    ).id;
    await linkChildren(db, actor, { childId: ivy, relatedChildId: jude, relationship: 'sibling' });
    await recordContact(db, actor, {
      childIds: [ivy, jude],
      receivedAt: '2026-01-05T10:00:00Z',
      source: '1B',
      consent: 'given',
      concerns: 'Shared concern',
      levelOfNeed: 3,
    });
    await recordReferral(db, actor, { childId: jude, referralDate: '2026-01-06', source: '1B', primaryNeed: 'N1' });
    await db.updateTable('children').set({ access_restriction: 'adoption' }).where('id', '=', jude).execute();

    const worker = await signedInAgent(harbour, 'practitioner');
    const page = await worker.get(`/children/${ivy}`);
    assert.deepEqual(family(page.text), ['Restricted record: sibling']);
    assert.doesNotMatch(page.text, /Jude|2019/);
    assert.equal(pageOf(page.text)(`a[href="/children/${jude}"]`).length, 0);

    const withSiblings = await worker.get(`/children/${ivy}/chronology?siblings=yes`);
    assert.doesNotMatch(withSiblings.text, /Jude/);
    assert.doesNotMatch(withSiblings.text, /Referral/, "Jude's own referral stays on Jude's record");
    assert.match(
      withSiblings.text,
      /Ivy Kept, a child whose record is restricted/,
      'the shared contact shows, without naming Jude',
    );

    const manager = await testActor(db, 'team-manager');
    const workerId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', testUsername('practitioner'))
        .executeTakeFirstOrThrow()
    ).id;
    await grantAccess(db, manager, {
      childId: jude,
      userId: workerId,
      reason: 'Allocated worker for the family',
      endsOn: '2027-03-31',
    });
    assert.deepEqual(family((await worker.get(`/children/${ivy}`)).text), ['Jude Kept: sibling']);
    assert.match((await worker.get(`/children/${ivy}/chronology?siblings=yes`)).text, /Jude Kept/);
  });

  test('a role without child:record cannot reach the family pages or see their links', async () => {
    const inspector = await signedInAgent(harbour, 'inspector');
    const childPage = await inspector.get(`/children/${ellaId}`);
    assert.equal(childPage.status, 200);
    assert.doesNotMatch(childPage.text, /Link a child already in Harbour|Add an adult/);
    assert.equal((await inspector.get(`/children/${ellaId}/family/children?q=network`)).status, 403);
    assert.equal((await inspector.get(`/children/${ellaId}/family/adults`)).status, 403);
    const token = pageOf(childPage.text)('input[name="_csrf"]').first().val();
    const post = await inspector
      .post(`/children/${ellaId}/family/adults`)
      .type('form')
      .send({ _csrf: String(token ?? ''), forename: 'No', surname: 'Entry', relationship: 'other' });
    assert.equal(post.status, 403);
    assert.equal(
      (await harbour.database.db.selectFrom('adults').select('id').where('surname', '=', 'Entry').execute()).length,
      0,
    );
  });
});
