// The plan's own pages: written by the worker (kept as a draft), authorised or returned by a
// manager, every version kept, and shown on the plan's page and the child's.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { roles, rolesAllow } from '../../platform/access/roles.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  csrfTokenFrom,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  timedOutAgent,
  type TestHarbour,
  sendTaskList,
  sectionStatuses,
} from '../../app/testing/testApp.ts';
import { testPassword, testUsername } from '../../app/testing/testDatabase.ts';
import { createChild } from '../people/store.ts';
import { recordInitialConference, recordStrategyDiscussion, startSection47Enquiry } from '../protection/store.ts';
import { startChildInNeedPlan } from './store.ts';
import { submitPlan } from './planVersions.ts';

describe('the plan’s pages: written, authorised or returned, every version kept', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  const newChild = async (forename: string) =>
    (
      await createChild(harbour.database.db, actor, {
        forename,
        surname: 'Planned',
        dateOfBirth: '2015-02-01',
        sex: 'U',
      })
    ).id;
  const childOnPlan = async (forename: string) => {
    const childId = await newChild(forename);
    const plan = await startChildInNeedPlan(harbour.database.db, actor, { childId, startDate: '2026-03-02' });
    return { childId, plan, path: `/children/${childId}/child-in-need-plans/${plan.id}` };
  };
  const childOnProtectionPlan = async (forename: string) => {
    const db = harbour.database.db;
    const childId = await newChild(forename);
    const discussion = await recordStrategyDiscussion(db, actor, {
      childId,
      decisionDate: '2026-02-26',
      heldDate: '2026-02-26',
      agencies: ['police'],
      decision: 'section-47',
    });
    const enquiry = await startSection47Enquiry(db, actor, { childId, strategyDiscussionId: discussion.id });
    const { plan } = await recordInitialConference(db, actor, {
      childId,
      section47EnquiryId: enquiry.id,
      date: '2026-03-02',
      outcome: 'plan',
      category: 'NEG',
    });
    return { childId, plan: plan!, path: `/children/${childId}/child-protection-plans/${plan!.id}` };
  };
  const written = {
    whatNeedsToChange: 'Sam is fed and at school every day.\n\nHis dad has help with money.',
    contingency: 'If Sam is still hungry at school by the review, we will hold a meeting about his safety.',
  };
  /** The plan's summary rows as a person reads them: each paragraph of a value apart. */
  const planRows = async (path: string, agent: Awaited<ReturnType<typeof signedInAgent>>) => {
    const $ = pageOf((await agent.get(path)).text);
    return Object.fromEntries(
      $('#plan-content .govuk-summary-list__row')
        .map((_i, row) => {
          const value = $(row).find('dd');
          const paragraphs = value
            .find('p')
            .map((_j, paragraph) => $(paragraph).text().trim())
            .get();
          const text = paragraphs.length ? paragraphs.join(' ') : value.text();
          return [[$(row).find('dt').text().trim(), text.replace(/\s+/g, ' ').trim()]];
        })
        .get() as [string, string][],
    );
  };

  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
  });
  beforeEach(() => harbour.clock.setToday('2026-03-09'));
  after(() => harbour.close());

  test('the worker writes the plan, the manager returns it with a reason, the worker changes it and the manager authorises it', async () => {
    const { childId, path } = await childOnPlan('Sam');
    const worker = await signedInAgent(harbour, 'practitioner');
    const manager = await signedInAgent(harbour, 'team-manager');
    const before = pageOf((await worker.get(path)).text);
    assert.match(before('#the-plan').next('p').text(), /not been written yet/);
    assert.equal(before('#plan-content-links a').first().text(), 'Write the plan');

    const sent = await sendTaskList(worker, `${path}/plan`, written);
    assert.equal(sent.status, 302);
    assert.equal(sent.headers.location, path);
    const rows = await planRows(path, worker);
    assert.equal(rows['Where it stands'], 'Awaiting authorisation since 9 March 2026');
    assert.equal(rows['What needs to change'], 'Sam is fed and at school every day. His dad has help with money.');
    assert.match(rows['Version']!, /^1, submitted 9 March 2026 by /);
    // A worker may not decide on it: the link is a manager's, and so is the page.
    assert.equal(pageOf((await worker.get(path)).text)('a[href$="/plan/authorise"]').length, 0);
    assert.equal((await worker.get(`${path}/plan/authorise`)).status, 403);

    // The manager reads the plan with its actions, and returns it: a reason is required.
    const decision = pageOf((await manager.get(`${path}/plan/authorise`)).text);
    assert.match(decision('#plan-content').text(), /His dad has help with money/);
    assert.ok(decision('#actions').length);
    const noReason = await submitForm(manager, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      decision: 'returned',
      number: '1',
      version: '1',
    });
    assert.equal(noReason.status, 400);
    assert.deepEqual(errorSummary(noReason.text), ['Enter why you are returning the plan']);
    const returned = await submitForm(manager, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      decision: 'returned',
      returnReason: 'Say who helps with money.',
      number: '1',
      version: '1',
    });
    assert.equal(returned.headers.location, path);
    const afterReturn = await planRows(path, worker);
    assert.match(afterReturn['Where it stands']!, /^Returned to the worker 9 March 2026 by /);
    assert.equal(afterReturn['Why it was returned'], 'Say who helps with money.');

    // The worker changes it: why it changes is asked for, and what was typed is kept when refused.
    const form = pageOf((await worker.get(`${path}/plan/what-needs-to-change`)).text);
    assert.equal(form('#whatNeedsToChange').text().trim(), written.whatNeedsToChange);
    const noWhy = await sendTaskList(worker, `${path}/plan`, {
      ...written,
      whatNeedsToChange: 'Sam is fed. The food bank helps his dad.',
      basedOn: '1',
      version: '2',
    });
    assert.equal(noWhy.status, 400);
    assert.deepEqual(errorSummary(noWhy.text), ['Enter why the plan is changing']);
    assert.equal(pageOf(noWhy.text)('#whatNeedsToChange').text().trim(), 'Sam is fed. The food bank helps his dad.');
    const changed = await sendTaskList(worker, `${path}/plan`, {
      ...written,
      whatNeedsToChange: 'Sam is fed. The food bank helps his dad.',
      changeReason: 'The manager asked who helps',
      basedOn: '1',
      version: '2',
    });
    assert.equal(changed.headers.location, path);
    harbour.clock.setToday('2026-03-10');
    const authorised = await submitForm(manager, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      decision: 'authorised',
      number: '2',
      version: '1',
    });
    assert.equal(authorised.headers.location, path);
    const inForce = await planRows(path, worker);
    assert.match(inForce['Where it stands']!, /^Authorised 10 March 2026 by /);
    assert.equal(inForce['Why the plan changed'], 'The manager asked who helps');

    // Every version is kept, newest first; the child's page shows the plan in force.
    const versions = pageOf((await worker.get(`${path}/plan/versions`)).text);
    assert.deepEqual(
      versions('h2.govuk-heading-m')
        .map((_i, heading) => versions(heading).text())
        .get(),
      ['Version 2', 'Version 1'],
    );
    const child = pageOf((await worker.get(`/children/${childId}`)).text);
    const item = child(`a[href="${path}"]`).closest('li');
    assert.match(item.text(), /Authorised\s+10 March 2026/);
    assert.match(item.find('.govuk-details').text(), /The food bank helps his dad/);
    // A manager decides once: nothing awaits them now.
    const again = await manager
      .post(`${path}/plan/authorise`)
      .type('form')
      .send({
        decision: 'returned',
        returnReason: 'Second thoughts',
        number: '2',
        version: '2',
        _csrf: await csrfTokenFrom(manager, '/sign-out'),
      });
    assert.equal(again.status, 409);
    assert.deepEqual(errorSummary(again.text), ['The plan is already authorised: nothing awaits your decision']);
  });

  test('bad input is refused with the GOV.UK error summary and nothing typed is lost', async () => {
    const { path } = await childOnPlan('Bex');
    const worker = await signedInAgent(harbour, 'practitioner');
    const empty = await sendTaskList(worker, `${path}/plan`, {
      whatNeedsToChange: ' ',
      contingency: 'We will meet again',
      basedOn: '0',
      version: '0',
    });
    assert.equal(empty.status, 400);
    assert.deepEqual(errorSummary(empty.text), ['Enter what needs to change for the child']);
    const contingency = pageOf((await worker.get(`${path}/plan/contingency`)).text);
    assert.equal(contingency('#contingency').text().trim(), 'We will meet again');
    const tooLong = await sendTaskList(worker, `${path}/plan`, {
      whatNeedsToChange: 'x'.repeat(10001),
      contingency: '',
    });
    assert.equal(tooLong.status, 400);
    assert.deepEqual(errorSummary(tooLong.text), ['What needs to change must be 10000 characters or fewer']);
    assert.equal(pageOf(tooLong.text)('#whatNeedsToChange').text().length, 10001, 'what was typed is kept');
    assert.deepEqual(sectionStatuses((await worker.get(`${path}/plan`)).text), [
      ['What needs to change', 'Incomplete'],
      ['Actions', 'Not yet started'],
      ['Contingency', 'Not yet started'],
    ]);
    const manager = await signedInAgent(harbour, 'team-manager');
    await sendTaskList(worker, `${path}/plan`, written);
    const undecided = await submitForm(manager, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      number: '1',
      version: '1',
    });
    assert.equal(undecided.status, 400);
    assert.deepEqual(errorSummary(undecided.text), [
      'Select whether you authorise the plan or return it to the worker',
    ]);
    assert.equal(
      (
        await harbour.database.db
          .selectFrom('plan_versions')
          .select('decision')
          .where('plan_id', '=', Number(path.split('/').pop()))
          .where('plan_type', '=', 'child-in-need')
          .executeTakeFirstOrThrow()
      ).decision,
      null,
    );
  });

  test('two people changing the plan at once: the second is told, sees the other’s version and keeps their own words', async () => {
    const { path } = await childOnPlan('Cal');
    const first = await signedInAgent(harbour, 'practitioner');
    const second = await signedInAgent(harbour, 'team-manager');
    // Both start the unwritten plan; the first sends theirs.
    const started = await submitForm(second, `${path}/plan/what-needs-to-change`, `${path}/plan/what-needs-to-change`, {
      whatNeedsToChange: 'Cal goes to the dentist',
    });
    assert.equal(started.status, 302);
    assert.equal((await sendTaskList(first, `${path}/plan`, written)).status, 302);
    const late = await sendTaskList(second, `${path}/plan`, {
      whatNeedsToChange: 'Cal goes to the dentist',
      contingency: 'A meeting',
    });
    assert.equal(late.status, 409);
    assert.match(errorSummary(late.text)[0]!, /Someone else changed this record/);
    const $ = pageOf(late.text);
    assert.match($('#plan-content').text(), /Sam is fed and at school every day/);
    assert.match($('.govuk-summary-list').last().text(), /A meeting/);
    // Their draft is now at the version shown: sending it again (with why it changes) is saved.
    const noWhy = await submitForm(second, `${path}/plan/check`, `${path}/plan`, {});
    assert.deepEqual(errorSummary(noWhy.text), ['Enter why the plan is changing']);
    assert.equal(pageOf(noWhy.text)('#whatNeedsToChange').text().trim(), 'Cal goes to the dentist');
    const again = await sendTaskList(second, `${path}/plan`, {
      whatNeedsToChange: 'Cal goes to the dentist',
      contingency: 'A meeting',
      changeReason: 'Added the dentist',
    });
    assert.equal(again.status, 302);

    // A manager deciding on a version replaced since is shown the newer one.
    const db = harbour.database.db;
    const planId = Number(path.split('/').pop());
    const manager = await signedInAgent(harbour, 'service-manager');
    const token = await csrfTokenFrom(manager, `${path}/plan/authorise`);
    const latest = await db
      .selectFrom('plan_versions')
      .selectAll()
      .where('plan_type', '=', 'child-in-need')
      .where('plan_id', '=', planId)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    await submitPlan(db, actor, {
      childId: latest.child_id,
      planType: 'child-in-need',
      planId,
      seen: { number: 2, version: latest.version },
      whatNeedsToChange: 'Cal goes to the dentist and the optician',
      contingency: 'A meeting',
      changeReason: 'Optician',
      submittedDate: '2026-03-09',
    });
    const stale = await manager
      .post(`${path}/plan/authorise`)
      .type('form')
      .send({ decision: 'authorised', number: '2', version: String(latest.version), _csrf: token });
    assert.equal(stale.status, 409);
    const shown = pageOf(stale.text);
    assert.match(shown('#plan-content').text(), /the optician/);
    assert.deepEqual([shown('input[name="number"]').val(), shown('input[name="version"]').val()], ['3', '1']);
  });

  test('the plan form keeps a draft, listed on My work, which writes nothing to the record', async () => {
    const { childId, path } = await childOnPlan('Dee');
    const worker = await signedInAgent(harbour, 'practitioner');
    const saved = await submitForm(worker, `${path}/plan/what-needs-to-change`, `${path}/plan/what-needs-to-change`, {
      whatNeedsToChange: 'Dee half written',
    });
    assert.equal(saved.status, 302);
    assert.equal(saved.headers.location, `${path}/plan`);
    const list = pageOf((await worker.get(`${path}/plan`)).text);
    assert.match(list('.govuk-notification-banner').text(), /your draft/);
    const form = pageOf((await worker.get(`${path}/plan/what-needs-to-change`)).text);
    assert.equal(form('#whatNeedsToChange').text().trim(), 'Dee half written');
    const home = pageOf((await worker.get('/')).text);
    assert.deepEqual(
      home('#drafts')
        .next('ul')
        .find('a')
        .map((_i, link) => [[home(link).attr('href'), home(link).text().trim()]])
        .get(),
      [[`${path}/plan`, 'Child in need plan for Dee Planned']],
    );
    assert.equal(
      (await harbour.database.db.selectFrom('plan_versions').select('id').where('child_id', '=', childId).execute())
        .length,
      0,
    );
    // Sent, the draft is gone.
    await sendTaskList(worker, `${path}/plan`, written);
    assert.doesNotMatch(pageOf((await worker.get('/')).text)('main').text(), /Child in need plan for Dee/);
  });

  test('a plan written while the session timed out is kept: after signing in again the form opens with it', async () => {
    const { childId, path } = await childOnPlan('Ivy');
    const section = `${path}/plan/contingency`;
    const { agent, token } = await timedOutAgent(harbour, 'practitioner', section);
    const held = await agent
      .post(section)
      .type('form')
      .send({ ...written, _csrf: token });
    assert.equal(held.headers.location, '/sign-in');
    const signedIn = await submitForm(agent, '/sign-in', '/sign-in', {
      username: testUsername('practitioner'),
      password: testPassword,
    });
    assert.equal(signedIn.headers.location, section);
    const restored = pageOf((await agent.get(section)).text);
    assert.match(restored('.govuk-notification-banner').text(), /You were signed out before this form was sent/);
    assert.equal(restored('#contingency').text().trim(), written.contingency);
    assert.equal(
      (await harbour.database.db.selectFrom('plan_versions').select('id').where('child_id', '=', childId).execute())
        .length,
      0,
    );
  });

  test('a child protection plan is written and authorised on the same pages, and shown on its page', async () => {
    const { path } = await childOnProtectionPlan('Eli');
    const worker = await signedInAgent(harbour, 'practitioner');
    const manager = await signedInAgent(harbour, 'team-manager');
    await sendTaskList(worker, `${path}/plan`, written);
    await submitForm(manager, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      decision: 'authorised',
      number: '1',
      version: '1',
    });
    const rows = await planRows(path, worker);
    assert.match(rows['Where it stands']!, /^Authorised 9 March 2026/);
    assert.match(rows['What will happen if things do not change']!, /hold a meeting about his safety/);
  });

  test('an ended plan no longer changes: its form goes back to the plan, and a post is refused', async () => {
    const { path, plan, childId } = await childOnPlan('Fay');
    const worker = await signedInAgent(harbour, 'practitioner');
    const token = await csrfTokenFrom(worker, `${path}/plan/contingency`);
    await harbour.database.db
      .updateTable('cin_plans')
      .set({ end_date: '2026-03-05' })
      .where('id', '=', plan.id)
      .where('child_id', '=', childId)
      .execute();
    assert.equal((await worker.get(`${path}/plan`)).headers.location, path);
    const refused = await worker.post(`${path}/plan`).type('form').send({ _csrf: token });
    assert.equal(refused.headers.location, path);
    assert.equal(
      (await harbour.database.db.selectFrom('plan_versions').select('id').where('child_id', '=', childId).execute())
        .length,
      0,
      'nothing is written to an ended plan',
    );
  });

  test('a manager may not authorise a plan they wrote: another manager does', async () => {
    const { path } = await childOnPlan('Kit');
    const manager = await signedInAgent(harbour, 'team-manager');
    assert.equal((await sendTaskList(manager, `${path}/plan`, written)).status, 302);
    const own = await submitForm(manager, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      decision: 'authorised',
      number: '1',
      version: '1',
    });
    assert.equal(own.status, 400);
    assert.deepEqual(errorSummary(own.text), ['You wrote this version of the plan: another manager must authorise it']);
    assert.equal(pageOf(own.text)('a[href="#decision"]').length, 1);
    assert.match((await planRows(path, manager))['Where it stands']!, /^Awaiting authorisation/);
    const other = await signedInAgent(harbour, 'service-manager');
    const authorised = await submitForm(other, `${path}/plan/authorise`, `${path}/plan/authorise`, {
      decision: 'authorised',
      number: '1',
      version: '1',
    });
    assert.equal(authorised.headers.location, path);
    assert.match((await planRows(path, manager))['Where it stands']!, /^Authorised 9 March 2026/);
  });

  test('every plan page, for every role: allowed or refused as its permission says', async () => {
    const cin = await childOnPlan('Gus');
    const cp = await childOnProtectionPlan('Hal');
    const pages = [
      { path: '/plan', permission: 'child:record' },
      { path: '/plan/authorise', permission: 'plan:authorise' },
      { path: '/plan/versions', permission: 'child:view' },
    ] as const;
    for (const role of roles) {
      const agent = await signedInAgent(harbour, role);
      const token = await csrfTokenFrom(agent, '/sign-out');
      for (const plan of [cin, cp])
        for (const page of pages) {
          // A partner practitioner does not work with these children: their records are refused them.
          const allowed = rolesAllow([role], page.permission) && role !== 'partner';
          const shown = await agent.get(`${plan.path}${page.path}`);
          assert.equal(shown.status, allowed ? 200 : 403, `${role} GET ${plan.path}${page.path}`);
          if (page.path === '/plan/versions') continue;
          const posted = await agent.post(`${plan.path}${page.path}`).type('form').send({ _csrf: token });
          // Allowed, an empty form is refused on its fields (or, with nothing to decide, as a whole).
          assert.equal(
            posted.status,
            allowed ? (page.path === '/plan' ? 400 : 409) : 403,
            `${role} POST ${plan.path}${page.path}`,
          );
        }
    }
  });
});
