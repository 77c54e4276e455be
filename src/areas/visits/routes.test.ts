import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testPassword, testTeamName, testUsername } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  timedOutAgent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { addWorker } from '../workforce/index.ts';
import { findOrCreateTeam } from '../../platform/access/teams.ts';

type Worker = Awaited<ReturnType<typeof addWorker>>;

describe('visits pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  const newChild = async (forename: string) =>
    (
      await createChild(harbour.database.db, actor, {
        forename,
        surname: 'Example',
        dateOfBirth: '2015-02-01',
        sex: 'U',
      })
    ).id;

  /** The worker the test practitioner signs in as, in the test team. */
  let pat: Worker;
  /** A worker of another team, with no sign-in account. */
  let oona: Worker;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    const ours = await findOrCreateTeam(db, testTeamName);
    const another = await findOrCreateTeam(db, 'Another locality team');
    pat = await addWorker(db, {
      name: 'Pat Practitioner',
      role: 'social-worker',
      teamId: ours.id,
      startDate: '2020-01-01',
      userId: (await testActor(db, 'practitioner')).userId,
    });
    oona = await addWorker(db, {
      name: 'Oona Other',
      role: 'family-support',
      teamId: another.id,
      startDate: '2020-01-01',
    });
  });
  after(() => harbour.close());

  test('who visited is chosen from the workforce, the recorder’s team first; bad choices are refused; earlier visits keep their visitor', async () => {
    harbour.clock.setToday('2026-04-02');
    const db = harbour.database.db;
    const childId = await newChild('Ula');
    const form = `/children/${childId}/visits/new`;
    const worker = await signedInAgent(harbour, 'practitioner');
    const page = pageOf((await worker.get(form)).text);
    assert.equal(page('#visitedBy').val(), String(pat.id), 'the person recording the visit made it');
    assert.deepEqual(
      page('#visitedBy option')
        .map((_i, option) => page(option).text())
        .get(),
      ['Select who visited', 'Pat Practitioner (Test locality team)', 'Oona Other (Another locality team)'],
    );
    // A manager with no worker of their own chooses; nothing is chosen for them.
    const manager = await signedInAgent(harbour, 'team-manager');
    assert.equal(pageOf((await manager.get(form)).text)('#visitedBy').val(), '');

    const starter = await addWorker(db, {
      name: 'Nell Newer',
      role: 'social-worker',
      teamId: oona.team_id,
      startDate: '2026-04-02',
    });
    const visit = (visitedBy: string) => ({
      ...dateFields('visitDate', '2026-04-01'),
      purpose: 'other',
      childSeen: 'yes',
      seenAlone: 'no',
      wishesAndFeelings: 'kept',
      voiceGathered: 'spoken',
      visitedBy,
    });
    for (const refused of ['999999', String(starter.id)]) {
      const bad = await submitForm(manager, form, form, visit(refused));
      assert.equal(bad.status, 400, refused);
      assert.deepEqual(errorSummary(bad.text), [
        'Select who visited from the list: someone in post on the day of the visit',
      ]);
      assert.equal(pageOf(bad.text)('#wishesAndFeelings').text(), 'kept');
    }
    for (const garbled of ['', 'someone', '99999999999']) {
      const bad = await submitForm(manager, form, form, visit(garbled));
      assert.equal(bad.status, 400, garbled);
      assert.equal(errorSummary(bad.text).length, 1, garbled);
    }
    assert.equal((await submitForm(manager, form, form, visit(String(oona.id)))).status, 302);

    // A visit recorded before visitors were workers names the account recorded then.
    await db
      .insertInto('visits')
      .values({
        child_id: childId,
        visit_date: '2025-12-01',
        purpose: 'other',
        child_seen: true,
        visited_by: actor.userId,
      })
      .execute();
    assert.deepEqual(
      tableRows((await worker.get(`/children/${childId}/visits`)).text).map((row) => row.split('|').at(-1)),
      ['Oona Other', 'Test team-manager'],
    );
  });

  test('a visit with the child’s wishes and feelings in their own words; drafts; a form sent after the session was lost is restored', async () => {
    harbour.clock.setToday('2026-04-02');
    const childId = await newChild('Uma');
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `/children/${childId}/visits/new`;
    assert.equal(
      pageOf((await worker.get(`${form}?purpose=child-in-need`)).text)(
        'input[name="purpose"][value="child-in-need"]',
      ).attr('checked'),
      'checked',
    );
    const words = 'I like it at Nan’s because it is quiet & nobody shouts';
    const saved = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-01'),
      wishesAndFeelings: words,
      action: 'save-draft',
    });
    assert.equal(saved.headers.location, form);
    const draft = pageOf((await worker.get(form)).text);
    assert.match(draft('.govuk-notification-banner').text(), /This form has your draft from/);
    assert.equal(draft('#wishesAndFeelings').text(), words);

    const unsaid = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-01'),
      purpose: 'child-in-need',
      childSeen: 'yes',
      seenAlone: 'yes',
      wishesAndFeelings: words,
      visitedBy: String(pat.id),
    });
    assert.deepEqual(errorSummary(unsaid.text), ['Select how Uma Example’s wishes and feelings were gathered']);
    assert.equal(pageOf(unsaid.text)('#wishesAndFeelings').text(), words, 'their words are kept');
    const recorded = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-01'),
      purpose: 'child-in-need',
      childSeen: 'yes',
      seenAlone: 'yes',
      wishesAndFeelings: words,
      voiceGathered: ['spoken', 'drawn'],
      visitedBy: String(pat.id),
    });
    assert.equal(recorded.headers.location, `/children/${childId}/visits`);
    // The child's voice, as data: on their page and on the page of every time they were heard.
    for (const path of [`/children/${childId}`, `/children/${childId}/voice`]) {
      const heard = pageOf((await worker.get(path)).text);
      const row = heard('table')
        .filter((_i, table) => /was heard/.test(heard(table).find('caption').text()))
        .find('tbody tr')
        .first();
      assert.deepEqual(
        row
          .find('td')
          .map((_i, cell) => heard(cell).text().trim())
          .get(),
        [
          '1 April 2026',
          'Child in need visit',
          words,
          'Spoken: the child told us, Drawn, written or shown in play',
          'Yes',
        ],
        path,
      );
    }
    const visit = await harbour.database.db
      .selectFrom('visits')
      .selectAll()
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [
        visit.visit_date,
        visit.purpose,
        visit.child_seen,
        visit.seen_alone,
        visit.wishes_and_feelings,
        visit.visited_by_worker_id,
        visit.visited_by,
      ],
      ['2026-04-01', 'child-in-need', true, true, words, pat.id, null],
    );
    const list = await worker.get(`/children/${childId}/visits`);
    assert.match(pageOf(list.text)('#visits').text(), /I like it at Nan’s because it is quiet & nobody shouts/);
    assert.equal(pageOf(list.text)('#visits tbody td').last().text(), 'Pat Practitioner');
    assert.doesNotMatch(
      pageOf(list.text)('.govuk-notification-banner').text(),
      /draft/,
      'the draft is gone once the visit is saved',
    );
    assert.equal(pageOf((await worker.get(form)).text)('#wishesAndFeelings').text(), '');

    // A cross-site post (no session, no form key) is refused before anything is kept.
    const attacker = await request(harbour.app)
      .post(form)
      .type('form')
      .send({ purpose: 'child-protection', wishesAndFeelings: 'Written by someone else' });
    assert.equal(attacker.status, 403);

    // The person's own form, posted after their session timed out, is kept for them.
    const { agent: timedOut, token } = await timedOutAgent(harbour, 'practitioner', form);
    assert.equal(
      (
        await timedOut
          .post(form)
          .type('form')
          .send({ _csrf: token, purpose: 'child-protection', wishesAndFeelings: 'Sad about school' })
      ).headers.location,
      '/sign-in',
    );
    const signedIn = await submitForm(timedOut, '/sign-in', '/sign-in', {
      username: testUsername('practitioner'),
      password: testPassword,
    });
    assert.equal(signedIn.headers.location, form);
    const restored = pageOf((await timedOut.get(form)).text);
    assert.match(restored('.govuk-notification-banner').text(), /You were signed out before this form was sent/);
    assert.equal(restored('#wishesAndFeelings').text(), 'Sad about school');
  });
});
