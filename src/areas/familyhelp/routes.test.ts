import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { testUsername } from '../../app/testing/testDatabase.ts';
import {
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
  dateFields,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { recordContact } from '../frontdoor/store.ts';

// The test clock starts on Wednesday 25 November 2026.
describe('Family Help pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let agent: Agent;
  let partnerAgent: Agent;
  let partnerId: number;
  let mia: number;
  let noah: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'front-door');
    mia = (await createChild(db, actor, { forename: 'Mia', surname: 'Lowe', dateOfBirth: '2016-04-04', sex: 'F' })).id;
    noah = (await createChild(db, actor, { forename: 'Noah', surname: 'Lowe', dateOfBirth: '2018-08-08', sex: 'M' }))
      .id;
    partnerId = (
      await db
        .selectFrom('users')
        .select('id')
        .where('username', '=', testUsername('partner'))
        .executeTakeFirstOrThrow()
    ).id;
    agent = await signedInAgent(harbour, 'front-door');
    partnerAgent = await signedInAgent(harbour, 'partner');
  });
  after(() => harbour.close());

  const db = () => harbour.database.db;
  const episode = () =>
    db()
      .selectFrom('family_help_episodes')
      .innerJoin('family_help_children', 'family_help_children.episode_id', 'family_help_episodes.id')
      .selectAll('family_help_episodes')
      .where('family_help_children.child_id', '=', mia)
      .orderBy('family_help_episodes.id', 'desc')
      .executeTakeFirstOrThrow();

  test('the front door offers Family Help only under the unified model, which the settings page switches', async () => {
    const { contact } = await recordContact(db(), actor, {
      childIds: [mia, noah],
      receivedAt: '2026-11-24T10:00:00Z',
      source: '2A',
      levelOfNeed: 2,
      consent: 'given',
      concerns: 'School worried about attendance and hunger',
    });
    const decision = `/front-door/contacts/${contact.id}/decision`;
    const decide = () =>
      submitForm(agent, decision, decision, {
        outcome: 'family-help',
        reasons: 'Needs met by Family Help with the school leading',
        'decidedAt-day': '25',
        'decidedAt-month': '11',
        'decidedAt-year': '2026',
        'decidedAt-time': '00:05',
      });
    assert.equal(pageOf((await agent.get(decision)).text)('input[value="family-help"]').length, 0);
    const refused = await decide();
    assert.equal(refused.status, 400);
    assert.match(errorSummary(refused.text)[0]!, /two journeys/);

    const admin = await signedInAgent(harbour, 'administrator');
    const settings = '/admin/settings/family-help';
    const page = await admin.get(settings);
    assert.match(page.text, /Existing records are not migrated either way/);
    const missing = await submitForm(admin, settings, settings, { version: '1' });
    assert.deepEqual(errorSummary(missing.text), ['Select how the council runs Family Help']);
    assert.equal((await submitForm(admin, settings, settings, { model: 'unified', version: '1' })).status, 302);
    const stale = await submitForm(admin, settings, settings, { model: 'separate', version: '1' });
    assert.equal(stale.status, 409, 'a save over an older version is refused');
    assert.equal((await agent.get(settings)).status, 403);

    const offered = pageOf((await agent.get(decision)).text);
    assert.equal(offered('input[value="family-help"]').length, 1);
    assert.equal(offered('input[value="early-help"]').length, 0, 'Family Help takes the place of early help');
    const decided = await decide();
    assert.equal(decided.headers.location, `/front-door/contacts/${contact.id}/family-help`);

    const start = decided.headers.location;
    const noLead = await submitForm(agent, start, start, { ...dateFields('startDate', '2026-11-23') });
    assert.deepEqual(errorSummary(noLead.text), [
      'Select the children who will have Family Help',
      'The start date must be on or after the day the contact was received',
      'Select the lead practitioner',
    ]);
    const started = await submitForm(agent, start, start, {
      childIds: [String(mia), String(noah)],
      ...dateFields('startDate', '2026-11-25'),
      leadPractitionerId: String(partnerId),
    });
    assert.equal(started.headers.location, `/front-door/contacts/${contact.id}`);
    const row = await episode();
    assert.deepEqual(
      [row.start_date, row.source, row.contact_id, row.lead_practitioner_id],
      ['2026-11-25', '2A', contact.id, partnerId],
    );
    // Both children are in the one episode; targeted help opens no CIN episode.
    const children = await db()
      .selectFrom('family_help_children')
      .select(['child_id', 'referral_id'])
      .where('episode_id', '=', row.id)
      .orderBy('child_id')
      .execute();
    assert.deepEqual(children, [
      { child_id: mia, referral_id: null },
      { child_id: noah, referral_id: null },
    ]);
  });

  test('the plan: the council records it, the partner lead records actions and reviews, and nothing of the council’s', async () => {
    const { id, version } = await episode();
    const base = `/children/${mia}/family-help/${id}`;
    const practitioner = await signedInAgent(harbour, 'practitioner');
    const refused = await submitForm(practitioner, `${base}/plan`, `${base}/plan`, {
      ...dateFields('agreedOn', '2026-11-20'),
      outcomes: '',
      version: String(version),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'The plan must be agreed on or after Family Help started',
      'Enter what needs to change',
      'Select whether this is a child in need plan',
    ]);
    const agreed = await submitForm(practitioner, `${base}/plan`, `${base}/plan`, {
      ...dateFields('agreedOn', '2026-11-25'),
      outcomes: 'Mia and Noah are in school, fed, every day',
      section17: 'no',
      version: String(version),
    });
    assert.equal(agreed.headers.location, `/children/${mia}/family-help`);
    // Someone who opened the plan before that change is shown it, and overwrites nothing.
    const stale = await submitForm(practitioner, `${base}/plan`, `${base}/plan`, {
      ...dateFields('agreedOn', '2026-11-25'),
      outcomes: 'Something else',
      section17: 'no',
      version: String(version),
    });
    assert.equal(stale.status, 409);
    assert.equal((await episode()).plan_outcomes, 'Mia and Noah are in school, fed, every day');

    // The partner leading the family adds an action, marks it done and reviews the plan.
    const action = await submitForm(partnerAgent, `${base}/actions/new`, `${base}/actions/new`, {
      action: 'Breakfast club place',
      owner: 'Oakfield Primary',
      ...dateFields('dueDate', '2026-12-04'),
    });
    assert.equal(action.headers.location, `/children/${mia}/family-help`);
    const { id: actionId, version: actionVersion } = await db()
      .selectFrom('family_plan_actions')
      .select(['id', 'version'])
      .where('episode_id', '=', id)
      .executeTakeFirstOrThrow();
    const done = `${base}/actions/${actionId}/done`;
    assert.equal(
      (
        await submitForm(partnerAgent, done, done, {
          ...dateFields('doneDate', '2026-11-25'),
          version: String(actionVersion),
        })
      ).status,
      302,
    );
    const badReview = await submitForm(partnerAgent, `${base}/reviews/new`, `${base}/reviews/new`, {
      ...dateFields('reviewDate', '2026-11-25'),
      progress: '',
      decision: 'maybe',
    });
    assert.deepEqual(errorSummary(badReview.text), [
      'Enter the progress against the plan',
      'Select what the review decided',
    ]);
    const review = await submitForm(partnerAgent, `${base}/reviews/new`, `${base}/reviews/new`, {
      ...dateFields('reviewDate', '2026-11-25'),
      progress: 'Both at breakfast club daily',
      decision: 'continue',
    });
    assert.equal(review.status, 302);
    const page = await partnerAgent.get(`/children/${mia}/family-help`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Breakfast club place/);
    assert.match(page.text, /Both at breakfast club daily/);
    assert.match(page.text, /\(partner agency\)/);
    assert.equal(pageOf(page.text)(`a[href="${base}/step-up"]`).length, 0, 'no step-up link for the partner');
    // The council's decisions are not the partner's to record.
    for (const path of [
      `${base}/step-up`,
      `${base}/end`,
      `${base}/plan`,
      `${base}/team`,
      `/children/${mia}/family-help/new`,
    ])
      assert.equal((await partnerAgent.get(path)).status, 403, path);
  });

  test('a section 17 assessment is the single assessment; step up, then step down to universal services', async () => {
    const practitioner = await signedInAgent(harbour, 'practitioner');
    const { id } = await episode();
    const base = `/children/${mia}/family-help/${id}`;
    const assessed = await submitForm(practitioner, `${base}/assessments/new`, `${base}/assessments/new`, {
      kind: 'section-17',
      ...dateFields('startDate', '2026-11-25'),
    });
    assert.equal(assessed.status, 302);
    const page = pageOf((await practitioner.get(`/children/${mia}/family-help`)).text);
    const single = page('a:contains("Open the single assessment")').attr('href');
    assert.match(single ?? '', new RegExp(`^/children/${mia}/assessments/\\d+$`));
    assert.equal((await practitioner.get(single!)).status, 200);

    const { version } = await episode();
    const stepUp = await submitForm(practitioner, `${base}/step-up`, `${base}/step-up`, {
      ...dateFields('steppedUpOn', '2026-11-25'),
      reason: 'Mia disclosed being hit',
      version: String(version),
    });
    assert.equal(stepUp.status, 302);
    const after = pageOf((await practitioner.get(`/children/${mia}/family-help`)).text);
    assert.equal(after(`a[href="/children/${mia}/strategy-discussions/new"]`).length, 1);
    // Noah's targeted help became a CIN episode with the step-up, dated the Family Help start.
    const noahReferral = await db()
      .selectFrom('family_help_children')
      .innerJoin('referrals', 'referrals.id', 'family_help_children.referral_id')
      .select('referrals.referral_date')
      .where('family_help_children.child_id', '=', noah)
      .executeTakeFirstOrThrow();
    assert.equal(noahReferral.referral_date, '2026-11-25');

    const current = await episode();
    const end = await submitForm(practitioner, `${base}/end`, `${base}/end`, {
      ...dateFields('endDate', '2026-11-25'),
      reason: 'stepped-down',
      detail: '',
      version: String(current.version),
    });
    assert.deepEqual(errorSummary(end.text), ['Enter why Family Help ends']);
  });

  test('unknown records are not found, restricted children need break-glass, inspectors only read', async () => {
    const practitioner = await signedInAgent(harbour, 'practitioner');
    const { id } = await episode();
    for (const path of [
      '/children/99999999/family-help',
      `/children/${mia}/family-help/99999999/plan`,
      `/children/${mia}/family-help/abc/step-up`,
      `/children/${mia}/family-help/${id}/actions/99999999/done`,
    ])
      assert.equal((await practitioner.get(path)).status, 404, path);
    const hidden = await createChild(db(), actor, {
      forename: 'Sky',
      surname: 'Hidden',
      dateOfBirth: '2015-01-01',
      sex: 'U',
    });
    await db()
      .updateTable('children')
      .set({ access_restriction: 'high-profile' })
      .where('id', '=', hidden.id)
      .execute();
    assert.equal(
      (await practitioner.get(`/children/${hidden.id}/family-help`)).headers.location,
      `/children/${hidden.id}/restricted`,
    );
    const inspector = await signedInAgent(harbour, 'inspector');
    const page = await inspector.get(`/children/${mia}/family-help`);
    assert.equal(page.status, 200);
    assert.equal(pageOf(page.text)(`a[href="/children/${mia}/family-help/new"]`).length, 0);
    assert.equal((await inspector.get(`/children/${mia}/family-help/new`)).status, 403);
    // The child's page says who leads the family's help and where the plan is.
    const childPage = pageOf((await practitioner.get(`/children/${mia}`)).text);
    assert.match(childPage('#family-help').text(), /led by .+: family plan agreed 25 November 2026/);
    const viewed = await db()
      .selectFrom('audit_events')
      .select('id')
      .where('event', '=', 'child-record-viewed')
      .where('record_type', '=', 'family_help_episodes')
      .where('child_id', '=', String(mia))
      .execute();
    assert.ok(viewed.length > 0, 'viewing Family Help is audited');
  });
});
