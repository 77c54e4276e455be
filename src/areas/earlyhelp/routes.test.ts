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
  dateFields,
} from '../../app/testing/testApp.ts';
import { createChild } from '../people/store.ts';
import { recordReferral } from '../assessment/store.ts';

// The test clock starts on Wednesday 25 November 2026.
describe("a child's early help", () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let agent: Agent;
  let rae: number;
  let referralId: number;
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'practitioner');
    rae = (await createChild(db, actor, { forename: 'Rae', surname: 'Morgan', dateOfBirth: '2017-05-05', sex: 'F' }))
      .id;
    referralId = (
      await recordReferral(db, actor, {
        childId: rae,
        referralDate: '2026-09-01',
        source: '2A',
        closure: { date: '2026-10-19', reason: 'RC9' },
      })
    ).id;
    agent = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  const episode = () =>
    harbour.database.db
      .selectFrom('early_help_episodes')
      .selectAll()
      .where('child_id', '=', rae)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const lead = { leadProfessional: 'R. Patel, family support worker', leadOrganisation: 'Oakfield Family Hub' };

  test('start early help as a step-down from social care, with errors first and nothing typed lost', async () => {
    const form = `/children/${rae}/early-help/new`;
    const refused = await submitForm(agent, form, form, {
      ...dateFields('startDate', '2026-11-26'),
      leadProfessional: lead.leadProfessional,
      steppedDown: 'yes',
      stepDownReason: '',
      steppedDownFromReferralId: '99999',
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'The start date must be today or in the past',
      'Enter the lead organisation',
      'Enter the reason for the step-down from children’s social care',
      'Select a referral for this child',
    ]);
    assert.equal(pageOf(refused.text)('#leadProfessional').val(), lead.leadProfessional);
    assert.equal(pageOf(refused.text)('input[name="steppedDown"][value="yes"]').attr('checked'), 'checked');

    const started = await submitForm(agent, form, form, {
      ...dateFields('startDate', '2026-10-20'),
      ...lead,
      steppedDown: 'yes',
      stepDownReason: 'Needs can be met by a family support worker',
      steppedDownFromReferralId: String(referralId),
    });
    assert.equal(started.headers.location, `/children/${rae}/early-help`);
    const row = await episode();
    assert.deepEqual(
      [
        row.start_date,
        row.stepped_down_on,
        row.step_down_reason,
        row.stepped_down_from_referral_id,
        row.lead_organisation,
      ],
      ['2026-10-20', '2026-10-20', 'Needs can be met by a family support worker', referralId, 'Oakfield Family Hub'],
    );
    const page = await agent.get(started.headers.location);
    assert.match(page.text, /Early help for Rae Morgan has started/);
    assert.match(page.text, /20 October 2026: Needs can be met by a family support worker/);
    const viewed = await harbour.database.db
      .selectFrom('audit_events')
      .select('id')
      .where('event', '=', 'child-record-viewed')
      .where('record_type', '=', 'early_help_episodes')
      .where('child_id', '=', String(rae))
      .execute();
    assert.ok(viewed.length > 0, 'viewing early help is audited');

    const second = await submitForm(agent, form, form, {
      ...dateFields('startDate', '2026-11-20'),
      ...lead,
      steppedDown: 'no',
    });
    assert.deepEqual(errorSummary(second.text), [
      'This overlaps another early help episode for the child: end the earlier one first',
    ]);
  });

  test('step up to social care with the reason; a stale version shows the other change instead of overwriting it', async () => {
    const { id, version } = await episode();
    const form = `/children/${rae}/early-help/${id}/step-up`;
    const early = await submitForm(agent, form, form, {
      ...dateFields('steppedUpOn', '2026-10-01'),
      stepUpReason: 'Disclosure',
      version: String(version),
    });
    assert.deepEqual(errorSummary(early.text), ['The date of the step-up must be on or after the start of early help']);

    const others = await submitForm(agent, form, form, {
      ...dateFields('steppedUpOn', '2026-11-02'),
      stepUpReason: 'Someone else’s step-up',
      version: String(version),
    });
    assert.equal(others.headers.location, `/children/${rae}/early-help`);
    assert.deepEqual(
      [(await episode()).stepped_up_on, (await episode()).step_up_reason],
      ['2026-11-02', 'Someone else’s step-up'],
    );
    const stale = await submitForm(agent, '/sign-out', form, {
      ...dateFields('steppedUpOn', '2026-11-03'),
      stepUpReason: 'Disclosure of physical abuse',
      version: String(version),
    });
    assert.equal(stale.status, 409);
    assert.match(errorSummary(stale.text)[0]!, /Someone else changed this early help episode/);
    assert.match(stale.text, /Someone else’s step-up/);
    assert.equal(pageOf(stale.text)('#stepUpReason').text().trim(), 'Disclosure of physical abuse');
    assert.equal((await episode()).step_up_reason, 'Someone else’s step-up', 'nothing was overwritten');

    // Saving again over a step-up already recorded is a correction, not a second step-up.
    const current = await episode();
    const again = await submitForm(agent, '/sign-out', form, {
      ...dateFields('steppedUpOn', '2026-11-03'),
      stepUpReason: 'Disclosure of physical abuse',
      version: String(current.version),
    });
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), [
      'This has already been recorded: to change it, make a correction and give the reason',
    ]);
    assert.equal((await episode()).step_up_reason, 'Someone else’s step-up', 'nothing was overwritten');
    const history = await harbour.database.db
      .selectFrom('record_amendments')
      .select('reason')
      .where('table_name', '=', 'early_help_episodes')
      .where('record_id', '=', id)
      .execute();
    // Stepping up is progress, not a correction: no amendment is kept.
    assert.deepEqual(history, []);
  });

  test('end the episode', async () => {
    const { id, version } = await episode();
    const form = `/children/${rae}/early-help/${id}/end`;
    const refused = await submitForm(agent, form, form, {
      ...dateFields('endDate', '2026-10-01'),
      endReason: '',
      version: String(version),
    });
    assert.deepEqual(errorSummary(refused.text), [
      'The end date must be on or after the start date',
      'Enter the reason early help ended',
    ]);
    const ended = await submitForm(agent, form, form, {
      ...dateFields('endDate', '2026-11-03'),
      endReason: 'Stepped up to social care',
      version: String(version),
    });
    assert.equal(ended.headers.location, `/children/${rae}/early-help`);
    assert.equal((await episode()).end_date, '2026-11-03');
    const page = await agent.get(`/children/${rae}/early-help`);
    assert.match(page.text, /Early help for Rae Morgan has ended/);
    assert.ok(pageOf(page.text)(`a[href="/children/${rae}/early-help/new"]`).length, 'a new episode can start');
    assert.equal(
      (await agent.get(form)).headers.location,
      `/children/${rae}/early-help`,
      'an ended episode has nothing left to end',
    );
  });

  test('unknown children and episodes are not found; restricted children need break-glass; inspectors only read', async () => {
    for (const path of [
      '/children/99999999/early-help',
      `/children/${rae}/early-help/99999999/end`,
      `/children/${rae}/early-help/abc/step-up`,
    ]) {
      assert.equal((await agent.get(path)).status, 404, path);
    }
    const db = harbour.database.db;
    const restricted = await createChild(db, actor, {
      forename: 'Sky',
      surname: 'Hidden',
      dateOfBirth: '2015-01-01',
      sex: 'U',
    });
    await db
      .updateTable('children')
      .set({ access_restriction: 'high-profile' })
      .where('id', '=', restricted.id)
      .execute();
    assert.equal(
      (await agent.get(`/children/${restricted.id}/early-help`)).headers.location,
      `/children/${restricted.id}/restricted`,
    );

    const inspector = await signedInAgent(harbour, 'inspector');
    const page = await inspector.get(`/children/${rae}/early-help`);
    assert.equal(page.status, 200);
    assert.equal(pageOf(page.text)(`a[href="/children/${rae}/early-help/new"]`).length, 0);
    assert.equal((await inspector.get(`/children/${rae}/early-help/new`)).status, 403);
  });
});
