import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testPassword, testUsername } from '../../app/testing/testDatabase.ts';
import {
  dateFields,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  timedOutAgent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';

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

  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
  });
  after(() => harbour.close());

  test('a visit with the child’s wishes and feelings in their own words; drafts; a form sent after the session was lost is restored', async () => {
    harbour.clock.setToday('2026-04-02');
    const childId = await newChild('Uma');
    const worker = await signedInAgent(harbour, 'practitioner');
    const practitioner = await testActor(harbour.database.db, 'practitioner');
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

    const recorded = await submitForm(worker, form, form, {
      ...dateFields('visitDate', '2026-04-01'),
      purpose: 'child-in-need',
      childSeen: 'yes',
      seenAlone: 'yes',
      wishesAndFeelings: words,
      visitedBy: String(practitioner.userId),
    });
    assert.equal(recorded.headers.location, `/children/${childId}/visits`);
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
        visit.visited_by,
      ],
      ['2026-04-01', 'child-in-need', true, true, words, practitioner.userId],
    );
    const list = await worker.get(`/children/${childId}/visits`);
    assert.match(pageOf(list.text)('#visits').text(), /I like it at Nan’s because it is quiet & nobody shouts/);
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
