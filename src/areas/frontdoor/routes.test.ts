import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild, linkChildren } from '../people/store.ts';
import { defaultTimescaleSettings } from '../../reports/timescales/settings.ts';
import { recordContact, type NewContact } from './store.ts';
import { recordReferral } from '../assessment/store.ts';
import { addWorker, allocateChild } from '../workforce/allocations.ts';
import { testTeamName } from '../../app/testing/testDatabase.ts';
import { councilTimescaleSettings, versionedCouncilTimescaleSettings } from '../../reports/timescales/settings.ts';
import { saveCouncilTimescaleSettings } from '../../platform/settings/timescaleSettings.ts';
import type { TimescaleSettings } from '../../core/timescales/settings.ts';

// The test clock starts on Wednesday 25 November 2026.
const details = {
  'receivedAt-day': '24',
  'receivedAt-month': '11',
  'receivedAt-year': '2026',
  'receivedAt-time': '09:30',
  source: '6',
  sourceDetail: 'PC Jo Smith, West Mercia Police',
  levelOfNeed: '2',
  consent: 'not-given',
  flags: ['domesticAbuseNotification', 'outOfHours'],
  concerns: 'Police called to an argument between the parents; three children at home',
};

const policeContact = (childIds: number[], receivedAt: string): NewContact => ({
  childIds,
  receivedAt,
  source: '6',
  levelOfNeed: 2,
  consent: 'given',
  domesticAbuseNotification: true,
  concerns: 'Police called to the home',
});

const rowTexts = (html: string) =>
  pageOf(html)('tbody tr')
    .map((_i, row) => pageOf(html)(row).text().replace(/\s+/g, ' ').trim())
    .get();

describe('the front door: recording contacts', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let amy: number;
  let ben: number;
  let cal: number;
  let agent: Agent;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'front-door');
    amy = (await createChild(db, actor, { forename: 'Amy', surname: 'Fielding', dateOfBirth: '2016-02-01', sex: 'F' }))
      .id;
    ben = (await createChild(db, actor, { forename: 'Ben', surname: 'Fielding', dateOfBirth: '2018-07-09', sex: 'M' }))
      .id;
    cal = (
      await createChild(db, actor, { forename: 'Cal', surname: 'Fielding-Ross', dateOfBirth: '2021-11-30', sex: 'M' })
    ).id;
    await linkChildren(db, actor, { childId: amy, relatedChildId: ben, relationship: 'sibling' });
    await linkChildren(db, actor, { childId: cal, relatedChildId: amy, relationship: 'half-sibling' });
    agent = await signedInAgent(harbour, 'front-door');
  });
  after(() => harbour.close());

  test('a contact about three siblings: one found by search, two added from the family network, checked and saved', async () => {
    const search = await agent.get('/front-door/contacts/new?q=amy+fiel');
    assert.equal(search.status, 200);
    assert.match(search.text, /Amy Fielding \(Harbour ID \d+\)/);
    const chosen = await submitForm(agent, '/front-door/contacts/new?q=amy', '/front-door/contacts/new/child', {
      childId: String(amy),
    });
    assert.equal(chosen.headers.location, '/front-door/contacts/new/household');

    const household = await agent.get('/front-door/contacts/new/household');
    const $ = pageOf(household.text);
    assert.equal(
      $(`input[name="childIds"][value="${ben}"]`).attr('checked'),
      'checked',
      'brothers and sisters are selected for the user',
    );
    assert.equal($(`input[name="childIds"][value="${cal}"]`).attr('checked'), 'checked');
    assert.match(household.text, /Half sibling, born 30 November 2021/);
    const added = await submitForm(agent, '/front-door/contacts/new/household', '/front-door/contacts/new/household', {
      childIds: [String(ben), String(cal)],
    });
    assert.equal(added.headers.location, '/front-door/contacts/new/details');

    const saved = await submitForm(
      agent,
      '/front-door/contacts/new/details',
      '/front-door/contacts/new/details',
      details,
    );
    assert.equal(saved.headers.location, '/front-door/contacts/new/check');
    const check = await agent.get('/front-door/contacts/new/check');
    assert.match(check.text, /Check the contact before saving it/);
    for (const answer of [
      /Amy Fielding/,
      /Ben Fielding/,
      /Cal Fielding-Ross/,
      /Police \(6\)/,
      /PC Jo Smith/,
      /24 November 2026 at 09:30/,
      /Consent not given/,
    ])
      assert.match(check.text, answer);
    assert.ok(
      pageOf(check.text)('a[href="/front-door/contacts/new/details#source"]').length,
      'each answer can be changed',
    );

    const recorded = await submitForm(agent, '/front-door/contacts/new/check', '/front-door/contacts/new/check', {});
    assert.equal(recorded.status, 302);
    const contactId = Number(/\/front-door\/contacts\/(\d+)$/.exec(recorded.headers.location!)![1]);
    const db = harbour.database.db;
    const contact = await db.selectFrom('contacts').selectAll().where('id', '=', contactId).executeTakeFirstOrThrow();
    assert.equal(contact.received_at.toISOString(), '2026-11-24T09:30:00.000Z');
    assert.deepEqual(
      [
        contact.source,
        contact.level_of_need,
        contact.consent,
        contact.domestic_abuse_notification,
        contact.out_of_hours,
      ],
      ['6', 2, 'not-given', true, true],
    );
    const links = await db
      .selectFrom('contact_children')
      .select('child_id')
      .where('contact_id', '=', contactId)
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      links.map((link) => link.child_id),
      [amy, ben, cal],
    );
    const audited = await db
      .selectFrom('audit_events')
      .select('child_id')
      .where('event', '=', 'child-record-changed')
      .where('record_type', '=', 'contacts')
      .where('record_id', '=', String(contactId))
      .execute();
    assert.equal(audited.length, 3, 'each child’s record is audited');

    const page = await agent.get(recorded.headers.location!);
    assert.match(page.text, /The contact about 3 children is recorded and waiting for a decision/);
    for (const id of [amy, ben, cal])
      assert.ok(pageOf(page.text)(`a[href="/children/${id}"]`).length, 'each child is linked');
    assert.match(page.text, /Awaiting decision/);
    assert.equal(
      (await agent.get('/front-door/contacts/new/household')).headers.location,
      '/front-door/contacts/new',
      'the saved contact is no longer in progress',
    );
  });

  test('the sources of a contact are offered in the CIN census order, not with the numbered ones first', async () => {
    const chooser = await signedInAgent(harbour, 'front-door');
    await submitForm(chooser, '/front-door/contacts/new?q=amy', '/front-door/contacts/new/child', {
      childId: String(amy),
    });
    const page = pageOf((await chooser.get('/front-door/contacts/new/details')).text);
    const offered = page('select[name="source"] option')
      .map((_, option) => page(option).attr('value'))
      .get()
      .filter(Boolean);
    assert.deepEqual(offered, [
      ...['1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4'],
      ...['5A', '5B', '5C', '5D', '6', '7', '8', '9', '10'],
    ]);
  });

  test('bad details are refused with GOV.UK errors, and nothing typed is lost', async () => {
    await submitForm(agent, '/sign-out', '/front-door/contacts/new/child', { childId: String(ben) });
    const bad = { ...details, 'receivedAt-day': '26', source: '99', consent: 'overridden', consentOverrideReason: ' ' };
    const refused = await submitForm(
      agent,
      '/front-door/contacts/new/details',
      '/front-door/contacts/new/details',
      bad,
    );
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'The date the contact was received must be today or in the past',
      'Select the source of the contact from the list',
      'Enter the reason consent was overridden',
    ]);
    const $ = pageOf(refused.text);
    assert.equal($('.govuk-error-summary a').first().attr('href'), '#receivedAt-day');
    assert.equal($('#concerns').text().trim(), details.concerns);
    assert.equal($('#sourceDetail').val(), details.sourceDetail);
    assert.equal($('input[name="consent"][value="overridden"]').attr('checked'), 'checked');
    assert.equal($('#receivedAt-time').val(), '09:30');

    const reopened = pageOf((await agent.get('/front-door/contacts/new/details')).text);
    assert.equal(
      reopened('#concerns').text().trim(),
      details.concerns,
      'the contact in progress is kept in the session',
    );

    const badTime = await submitForm(agent, '/front-door/contacts/new/details', '/front-door/contacts/new/details', {
      ...details,
      'receivedAt-time': '25:00',
      levelOfNeed: '5',
      concerns: '',
    });
    assert.deepEqual(errorSummary(badTime.text), [
      'Enter the time the contact was received using the 24-hour clock, like 14:30',
      'Select the level of need',
      'Enter the concerns',
    ]);

    const noChild = await submitForm(agent, '/sign-out', '/front-door/contacts/new/child', { childId: '99999999' });
    assert.equal(noChild.status, 400);
    assert.deepEqual(errorSummary(noChild.text), [
      'Select a child from the search results, or add a child who is not in Harbour',
    ]);

    const cancelled = await submitForm(
      agent,
      '/front-door/contacts/new/details',
      '/front-door/contacts/new/cancel',
      {},
    );
    assert.equal(cancelled.headers.location, '/front-door');
  });

  test('a child not in Harbour is added after the likely duplicates are shown', async () => {
    const fields = {
      forename: 'Benjamin',
      surname: 'Fielding',
      'dateOfBirth-day': '9',
      'dateOfBirth-month': '7',
      'dateOfBirth-year': '2018',
      sex: 'M',
    };
    const warned = await submitForm(
      agent,
      '/front-door/contacts/new/add-child',
      '/front-door/contacts/new/add-child',
      fields,
    );
    assert.equal(warned.status, 200);
    assert.match(warned.text, /Harbour may already have a record for this child/);
    assert.ok(
      pageOf(warned.text)(`input[name="childId"][value="${ben}"]`).length,
      'the likely duplicate can be selected instead',
    );
    assert.equal(pageOf(warned.text)('#forename').val(), 'Benjamin');

    const added = await submitForm(agent, '/front-door/contacts/new/add-child', '/front-door/contacts/new/add-child', {
      ...fields,
      notADuplicate: 'yes',
    });
    assert.equal(added.headers.location, '/front-door/contacts/new/household');
    assert.ok(
      await harbour.database.db
        .selectFrom('children')
        .select('id')
        .where('forename', '=', 'Benjamin')
        .executeTakeFirst(),
    );
    await submitForm(agent, '/front-door/contacts/new/household', '/front-door/contacts/new/cancel', {});

    const refused = await submitForm(
      agent,
      '/front-door/contacts/new/add-child',
      '/front-door/contacts/new/add-child',
      { forename: '', surname: 'X', 'dateOfBirth-day': '1', 'dateOfBirth-month': '1', 'dateOfBirth-year': '2099' },
    );
    assert.deepEqual(errorSummary(refused.text), [
      'Enter the first name',
      'Date of birth must be today or in the past',
      'Select the sex',
    ]);
  });
});

describe('the front door queue and decisions', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let children: number[];
  let agent: Agent;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'front-door');
    children = [];
    for (const forename of ['Dee', 'Eli', 'Fay'])
      children.push(
        (await createChild(db, actor, { forename, surname: 'Hughes', dateOfBirth: '2015-03-03', sex: 'U' })).id,
      );
    agent = await signedInAgent(harbour, 'front-door');
  });
  after(() => harbour.close());

  const contact = async (childIds: number[], receivedAt: string) =>
    (await recordContact(harbour.database.db, actor, policeContact(childIds, receivedAt))).contact.id;
  const queueRows = async () => rowTexts((await agent.get('/front-door')).text);
  // The council's standards saved over the version now held, as the settings page does.
  const saveSettings = async (settings: TimescaleSettings) =>
    saveCouncilTimescaleSettings(
      harbour.database.db,
      actor,
      settings,
      (await versionedCouncilTimescaleSettings(harbour.database.db)).version,
    );

  test('where the council requires it, only a manager records the decision', async () => {
    const id = await contact([children[0]!], '2026-11-25T09:00:00Z');
    const settings = await councilTimescaleSettings(harbour.database.db);
    await saveSettings({ ...settings, contactDecisionByManager: true });
    try {
      const refused = await agent.get(`/front-door/contacts/${id}/decision`);
      assert.equal(refused.status, 403);
      const manager = await signedInAgent(harbour, 'team-manager');
      assert.equal((await manager.get(`/front-door/contacts/${id}/decision`)).status, 200);
    } finally {
      await saveSettings({ ...settings, contactDecisionByManager: false });
      await harbour.database.db.deleteFrom('contact_children').where('contact_id', '=', id).execute();
      await harbour.database.db.deleteFrom('contacts').where('id', '=', id).execute();
    }
  });

  test('the queue puts overdue contacts first, and a due contact becomes overdue as the clock moves on', async () => {
    const due = await contact([children[0]!], '2026-11-24T10:00:00Z');
    const overdue = await contact([children[1]!, children[2]!], '2026-11-20T10:00:00Z');
    const rows = await queueRows();
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, /^Overdue Overdue by 1 day.*Due by the end of 23 November 2026/);
    assert.match(rows[0]!, /Eli Hughes.*Fay Hughes/);
    assert.match(rows[0]!, /20 November 2026 at 10:00/);
    assert.match(rows[0]!, /Police \(6\)/);
    assert.match(rows[1]!, /left\s*Due by the end of 25 November 2026/);
    assert.doesNotMatch(rows[1]!, /Overdue/);
    assert.match((await agent.get('/front-door')).text, /1 contact is overdue a decision/);

    harbour.clock.setToday('2026-11-26');
    try {
      const later = await queueRows();
      assert.ok(
        later.every((row) => row.startsWith('Overdue')),
        'both are overdue on Thursday',
      );
      assert.match(later[1]!, /Dee Hughes/);
    } finally {
      harbour.clock.setToday('2026-11-25');
    }

    // The council's 24-hour standard moves the deadline to the hour of receipt the next day.
    await saveSettings({
      ...defaultTimescaleSettings,
      contactDecisionWithin: '24-hours',
    });
    try {
      assert.match((await queueRows())[1]!, /Due 25 November 2026 at 10:00/);
    } finally {
      await saveSettings({ ...defaultTimescaleSettings });
    }
    await harbour.database.db.deleteFrom('contact_children').where('contact_id', 'in', [due, overdue]).execute();
    await harbour.database.db.deleteFrom('contacts').where('id', 'in', [due, overdue]).execute();
  });

  const decide = (contactId: number, outcome: string, reasons = 'Reasons given') =>
    submitForm(agent, `/front-door/contacts/${contactId}/decision`, `/front-door/contacts/${contactId}/decision`, {
      outcome,
      reasons,
      'decidedAt-day': '25',
      'decidedAt-month': '11',
      'decidedAt-year': '2026',
      'decidedAt-time': '00:05',
    });

  test('no further action on a domestic abuse notification stays on each child’s file', async () => {
    const contactId = await contact(children, '2026-11-24T22:00:00Z');
    const decided = await decide(
      contactId,
      'no-further-action',
      'Lower-level notification; school told through Operation Encompass',
    );
    assert.equal(decided.headers.location, `/front-door/contacts/${contactId}`);
    const decision = await harbour.database.db
      .selectFrom('contact_decisions')
      .selectAll()
      .where('contact_id', '=', contactId)
      .executeTakeFirstOrThrow();
    assert.equal(decision.outcome, 'no-further-action');
    assert.equal(decision.decided_at.toISOString(), '2026-11-25T00:05:00.000Z');
    const page = await agent.get(`/front-door/contacts/${contactId}`);
    assert.match(page.text, /Decision recorded: No further action/);
    assert.match(page.text, /The domestic abuse notification stays on the record of each child named/);
    const childContacts = await agent.get(`/children/${children[2]}/contacts`);
    assert.match(rowTexts(childContacts.text)[0]!, /Domestic abuse notification.*No further action/);
    assert.doesNotMatch(
      await queueRows().then((rows) => rows.join()),
      new RegExp(`/${contactId}/`),
      'a decided contact leaves the queue',
    );
    assert.equal(
      (await agent.get(`/front-door/contacts/${contactId}/decision`)).headers.location,
      `/front-door/contacts/${contactId}`,
    );
  });

  test('the decision page shows each child’s situation; a contact about an open case goes to the allocated team, not a referral', async () => {
    const db = harbour.database.db;
    const [ivy, jon, kit] = [
      (await createChild(db, actor, { forename: 'Ivy', surname: 'Open', dateOfBirth: '2015-01-01', sex: 'F' })).id,
      (await createChild(db, actor, { forename: 'Jon', surname: 'New', dateOfBirth: '2016-01-01', sex: 'M' })).id,
      (await createChild(db, actor, { forename: 'Kit', surname: 'Hidden', dateOfBirth: '2017-01-01', sex: 'M' })).id,
    ];
    const teamId = (
      await db.selectFrom('teams').select('id').where('name', '=', testTeamName).executeTakeFirstOrThrow()
    ).id;
    const worker = await addWorker(db, {
      name: 'Wanda Allocated',
      role: 'social-worker',
      teamId,
      startDate: '2020-01-01',
    });
    await recordReferral(db, actor, { childId: ivy, referralDate: '2026-06-01', source: '6', primaryNeed: 'N1' });
    await allocateChild(db, actor, { childId: ivy, workerId: worker.id, startDate: '2026-06-02' });
    await contact([ivy], '2026-03-10T10:00:00Z');
    // Kit's record is restricted, with an open case and a worker: none of it is shown to the front door.
    await recordReferral(db, actor, { childId: kit, referralDate: '2026-05-01', source: '6', primaryNeed: 'N4' });
    await allocateChild(db, actor, { childId: kit, workerId: worker.id, startDate: '2026-05-02' });
    await db.updateTable('children').set({ access_restriction: 'high-profile' }).where('id', '=', kit).execute();

    const aboutIvy = await contact([ivy], '2026-11-24T15:00:00Z');
    const page = pageOf((await agent.get(`/front-door/contacts/${aboutIvy}/decision`)).text);
    const ivys = page(`[data-situation="${ivy}"]`).text().replace(/\s+/g, ' ');
    assert.match(ivys, /Status Child in need/);
    assert.match(ivys, /Open case Yes: referral of 1 June 2026/);
    assert.match(ivys, /Allocated worker Wanda Allocated, /);
    assert.match(ivys, /Contacts in the last 12 months 1: 10 March 2026 at 10:00/);
    assert.match(ivys, /Referrals in the last 12 months 1: 1 June 2026/);
    assert.equal(
      page('input[name="outcome"][value="allocated-team"]').length,
      1,
      'information for the allocated team is offered',
    );

    // A referral for a child already open is explained on the page before the database refuses it.
    const refused = await decide(aboutIvy, 'referral');
    assert.equal(refused.status, 400);
    assert.match(
      errorSummary(refused.text)[0]!,
      /Ivy Open already has an open case: a contact about them is information for the allocated team/,
    );
    const referralsBefore = (await db.selectFrom('referrals').select('id').where('child_id', '=', ivy).execute())
      .length;
    const passed = await decide(
      aboutIvy,
      'allocated-team',
      'Passed to the allocated worker: a new injury reported by school',
    );
    assert.equal(passed.headers.location, `/front-door/contacts/${aboutIvy}`);
    assert.equal(
      (await db.selectFrom('referrals').select('id').where('child_id', '=', ivy).execute()).length,
      referralsBefore,
      'no new referral is counted',
    );
    assert.equal(
      (await db.selectFrom('referrals').select('id').where('contact_id', '=', aboutIvy).execute()).length,
      0,
    );
    const chronology = (await agent.get(`/children/${ivy}/chronology`)).text;
    assert.match(chronology, /Contact decision: Information for the allocated team\. Passed to the allocated worker/);

    // Information for the allocated team is refused for a child with no open case.
    const aboutJon = await contact([jon], '2026-11-24T15:30:00Z');
    const jonsPage = pageOf((await agent.get(`/front-door/contacts/${aboutJon}/decision`)).text);
    assert.equal(jonsPage('input[name="outcome"][value="allocated-team"]').length, 0);
    assert.match(jonsPage(`[data-situation="${jon}"]`).text(), /Not allocated/);
    const notOpen = await decide(aboutJon, 'allocated-team');
    assert.equal(notOpen.status, 400);
    assert.match(errorSummary(notOpen.text)[0]!, /Jon New has no open case/);

    // Kit's restricted record: only that it is restricted.
    const aboutKit = await contact([kit, jon], '2026-11-24T16:00:00Z');
    const kitsPage = await agent.get(`/front-door/contacts/${aboutKit}/decision`);
    const kits = pageOf(kitsPage.text)(`[data-situation="${kit}"]`).text();
    assert.match(kits, /This record is restricted: ask the service manager/);
    assert.doesNotMatch(kitsPage.text, /Wanda Allocated|1 May 2026|Child in need|Family in acute stress/);
    const kitReferral = await decide(aboutKit, 'referral');
    assert.equal(kitReferral.status, 400);
    assert.match(errorSummary(kitReferral.text)[0]!, /Kit Hidden: the record is restricted, ask the service manager/);
    assert.doesNotMatch(kitReferral.text, /Wanda Allocated|1 May 2026/);
  });

  test('advice is recorded as the decision alone', async () => {
    const contactId = await contact([children[0]!], '2026-11-24T11:00:00Z');
    const decided = await decide(contactId, 'advice');
    assert.equal(decided.headers.location, `/front-door/contacts/${contactId}`);
    assert.equal(
      (await harbour.database.db.selectFrom('referrals').select('id').where('contact_id', '=', contactId).execute())
        .length,
      0,
    );
  });

  test('a referral decision leads on to one referral per child, with the contact’s source', async () => {
    const contactId = await contact([children[0]!, children[1]!], '2026-11-24T12:00:00Z');
    const decided = await decide(contactId, 'referral');
    assert.equal(decided.headers.location, `/front-door/contacts/${contactId}/referrals`);
    const form = `/front-door/contacts/${contactId}/referrals`;
    const early = await submitForm(agent, form, form, {
      'referralDate-day': '23',
      'referralDate-month': '11',
      'referralDate-year': '2026',
    });
    // The primary need is required for each child, each with its own error in the page's order.
    assert.deepEqual(errorSummary(early.text), [
      'The date of the referral must be on or after the day the contact was received',
      'Select Dee Hughes’s primary need',
      'Select Eli Hughes’s primary need',
    ]);
    assert.equal(pageOf(early.text)(`.govuk-error-summary a[href="#primaryNeed-${children[0]}"]`).length, 1);
    const unknownNeed = await submitForm(agent, form, form, {
      'referralDate-day': '25',
      'referralDate-month': '11',
      'referralDate-year': '2026',
      [`primaryNeed-${children[0]}`]: 'N1',
      [`primaryNeed-${children[1]}`]: 'N10',
    });
    assert.equal(unknownNeed.status, 400);
    assert.deepEqual(errorSummary(unknownNeed.text), ['Select Eli Hughes’s primary need from the list']);
    assert.equal(pageOf(unknownNeed.text)(`#primaryNeed-${children[0]}`).val(), 'N1', 'the need chosen is kept');
    assert.equal(
      (await harbour.database.db.selectFrom('referrals').select('id').where('contact_id', '=', contactId).execute())
        .length,
      0,
    );
    const recorded = await submitForm(agent, form, form, {
      'referralDate-day': '25',
      'referralDate-month': '11',
      'referralDate-year': '2026',
      [`primaryNeed-${children[0]}`]: 'N1',
      [`primaryNeed-${children[1]}`]: 'N3',
    });
    assert.equal(recorded.headers.location, `/front-door/contacts/${contactId}`);
    const referrals = await harbour.database.db
      .selectFrom('referrals')
      .selectAll()
      .where('contact_id', '=', contactId)
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      referrals.map((row) => [row.child_id, row.referral_date, row.source, row.primary_need]),
      [
        [children[0], '2026-11-25', '6', 'N1'],
        [children[1], '2026-11-25', '6', 'N3'],
      ],
    );
    const page = await agent.get(`/front-door/contacts/${contactId}`);
    assert.match(page.text, /The referrals are recorded/);
    assert.match(page.text, /Dee Hughes<\/a>: referral on 25 November 2026/);
  });

  test('a referral for a child whose case is open is explained at the decision, and nothing is saved', async () => {
    const db = harbour.database.db;
    const [gus, hal] = [
      (await createChild(db, actor, { forename: 'Gus', surname: 'Hughes', dateOfBirth: '2016-04-04', sex: 'M' })).id,
      (await createChild(db, actor, { forename: 'Hal', surname: 'Hughes', dateOfBirth: '2017-05-05', sex: 'M' })).id,
    ];
    // Hal is already in a CIN episode: a second open referral would be refused for him.
    await recordReferral(db, actor, { childId: hal, referralDate: '2026-11-02', source: '6' });
    const contactId = await contact([gus, hal], '2026-11-24T14:00:00Z');
    const refused = await decide(contactId, 'referral');
    assert.equal(refused.status, 400);
    assert.match(
      errorSummary(refused.text).join(' '),
      /Hal Hughes already has an open case.*record a separate contact for the other children/,
    );
    const saved = await db.selectFrom('referrals').select('child_id').where('contact_id', '=', contactId).execute();
    assert.deepEqual(saved, [], 'no referral is recorded for Gus or Hal');
    const decisions = await db
      .selectFrom('contact_decisions')
      .select('id')
      .where('contact_id', '=', contactId)
      .execute();
    assert.deepEqual(decisions, [], 'the decision is not recorded');
  });

  test('a strategy discussion decision records a referral and the decision to hold it for each child', async () => {
    const contactId = await contact([children[2]!], '2026-11-24T13:00:00Z');
    assert.equal(
      (await decide(contactId, 'strategy-discussion')).headers.location,
      `/front-door/contacts/${contactId}/referrals`,
    );
    const form = `/front-door/contacts/${contactId}/referrals`;
    assert.match((await agent.get(form)).text, /Record the referrals and the decision to hold a strategy discussion/);
    await submitForm(agent, form, form, {
      'referralDate-day': '25',
      'referralDate-month': '11',
      'referralDate-year': '2026',
      [`primaryNeed-${children[2]}`]: 'N1',
    });
    const referral = await harbour.database.db
      .selectFrom('referrals')
      .selectAll()
      .where('contact_id', '=', contactId)
      .executeTakeFirstOrThrow();
    const discussion = await harbour.database.db
      .selectFrom('strategy_discussions')
      .selectAll()
      .where('referral_id', '=', referral.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([discussion.child_id, discussion.decision_date], [children[2], '2026-11-25']);
    assert.match(
      (await agent.get(`/front-door/contacts/${contactId}`)).text,
      /strategy discussion decided on 25 November 2026/,
    );
  });

  test('an early help decision opens early help for the children chosen', async () => {
    const db = harbour.database.db;
    const [gus, hal] = [
      (await createChild(db, actor, { forename: 'Gus', surname: 'Irwin', dateOfBirth: '2019-01-01', sex: 'M' })).id,
      (await createChild(db, actor, { forename: 'Hal', surname: 'Irwin', dateOfBirth: '2020-01-01', sex: 'M' })).id,
    ];
    const contactId = await contact([gus, hal], '2026-11-24T14:00:00Z');
    assert.equal(
      (await decide(contactId, 'early-help')).headers.location,
      `/front-door/contacts/${contactId}/early-help`,
    );
    const form = `/front-door/contacts/${contactId}/early-help`;
    const start = { 'startDate-day': '25', 'startDate-month': '11', 'startDate-year': '2026' };
    const missing = await submitForm(agent, form, form, { ...start, leadProfessional: 'R. Patel' });
    assert.deepEqual(errorSummary(missing.text), [
      'Select the children who will have early help',
      'Enter the lead organisation',
    ]);
    assert.equal(pageOf(missing.text)('#leadProfessional').val(), 'R. Patel');
    const opened = await submitForm(agent, form, form, {
      ...start,
      childIds: String(gus),
      leadProfessional: 'R. Patel',
      leadOrganisation: 'Oakfield Family Hub',
    });
    assert.equal(opened.headers.location, `/front-door/contacts/${contactId}`);
    const episodes = await db
      .selectFrom('early_help_episodes')
      .selectAll()
      .where('contact_id', '=', contactId)
      .execute();
    assert.deepEqual(
      episodes.map((row) => [row.child_id, row.start_date, row.lead_organisation]),
      [[gus, '2026-11-25', 'Oakfield Family Hub']],
    );
    const page = await agent.get(`/front-door/contacts/${contactId}`);
    assert.match(page.text, /Early help is open for 1 child/);
    assert.ok(
      pageOf(page.text)(`a[href="/front-door/contacts/${contactId}/early-help"]`).length,
      'the other child can still be given early help',
    );
  });

  test('a decision needs an outcome, reasons and a time no earlier than the contact', async () => {
    const contactId = await contact([children[0]!], '2026-11-24T15:00:00Z');
    const form = `/front-door/contacts/${contactId}/decision`;
    const empty = await submitForm(agent, form, form, {
      'decidedAt-day': '',
      'decidedAt-month': '',
      'decidedAt-year': '',
      'decidedAt-time': '',
    });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), [
      'Select the decision',
      'Enter the reasons for the decision',
      'Enter the date the decision was made',
      'Enter the time the decision was made',
    ]);
    const early = await submitForm(agent, form, form, {
      outcome: 'advice',
      reasons: 'Advice to parent',
      'decidedAt-day': '24',
      'decidedAt-month': '11',
      'decidedAt-year': '2026',
      'decidedAt-time': '14:00',
    });
    assert.deepEqual(errorSummary(early.text), ['The decision must be on or after the time the contact was received']);
    assert.equal(pageOf(early.text)('#reasons').text().trim(), 'Advice to parent');
    const unknown = await submitForm(agent, form, form, {
      outcome: 'adoption',
      reasons: 'x',
      'decidedAt-day': '25',
      'decidedAt-month': '11',
      'decidedAt-year': '2026',
      'decidedAt-time': '00:01',
    });
    assert.deepEqual(errorSummary(unknown.text), ['Select the decision']);
  });

  test('unknown contacts and children are not found, and only the front door works the queue', async () => {
    for (const path of [
      '/front-door/contacts/99999999',
      '/front-door/contacts/abc',
      '/front-door/contacts/99999999/decision',
      '/front-door/contacts/99999999/referrals',
      '/children/99999999/contacts',
    ]) {
      assert.equal((await agent.get(path)).status, 404, path);
    }
    assert.equal(
      (await submitForm(agent, '/sign-out', '/front-door/contacts/99999999/decision', { outcome: 'advice' })).status,
      404,
    );
    const practitioner = await signedInAgent(harbour, 'practitioner');
    assert.equal((await practitioner.get('/front-door')).status, 403);
    assert.equal(
      (await practitioner.get(`/children/${children[0]}/contacts`)).status,
      200,
      'a contact is part of the child’s record',
    );
  });
});
