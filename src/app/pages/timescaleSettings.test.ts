import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { errorSummary, pageOf, signedInAgent, submitForm, testHarbour, type TestHarbour } from '../testing/testApp.ts';
import { councilTimescaleSettings } from '../../reports/timescales/settings.ts';
import { defaultTimescaleSettings } from '../../reports/timescales/settings.ts';
import { Temporal } from 'temporal-polyfill';
import { testActor } from '../testing/actors.ts';
import { aChild } from '../testing/records.ts';
import { recordContact } from '../../areas/frontdoor/store.ts';
import { storedDueItemsDiffer, toDoOf } from '../../reports/journey/storedDueItems.ts';
import { queueHandingOffTo } from '../../platform/jobs/jobs.ts';
import { inProcessJobQueue } from '../../platform/jobs/inProcess.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { saveCouncilTimescaleSettings } from '../../platform/settings/timescaleSettings.ts';

/** The latest job once it has finished: the in-process queue runs it between requests, so wait, a bounded number of times. */
async function settledJob(db: HarbourDatabase['db']) {
  for (let tries = 0; tries < 200; tries++) {
    const job = await db.selectFrom('background_jobs').selectAll().orderBy('id', 'desc').executeTakeFirst();
    if (job && (job.state === 'done' || job.state === 'failed')) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the job did not finish');
}

/** The settings form as it stands, with changes. */
const settingsForm = (changes: Record<string, string>) => ({
  ...Object.fromEntries(Object.entries(defaultTimescaleSettings).map(([k, v]) => [k, v === false ? 'no' : String(v)])),
  ...changes,
});

describe('local timescale standards', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
  });
  after(() => harbour.close());

  const versionOn = (html: string) => String(pageOf(html)('input[name="version"]').val());

  test('the defaults apply until the council changes them, and a change is audited', async () => {
    assert.deepEqual(await councilTimescaleSettings(harbour.database.db), defaultTimescaleSettings);
    const manager = await signedInAgent(harbour, 'service-manager');
    const page = await manager.get('/admin/settings/timescales');
    assert.equal(pageOf(page.text)('#childProtectionVisitWorkingDays').val(), '10');
    assert.equal(versionOn(page.text), '1', 'not saved yet: version 1, as any record starts');
    const saved = await submitForm(
      manager,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({ childProtectionVisitWorkingDays: '15', contactDecisionWithin: '24-hours', version: '1' }),
    );
    assert.equal(saved.status, 302);
    const settings = await councilTimescaleSettings(harbour.database.db);
    assert.equal(settings.childProtectionVisitWorkingDays, 15);
    assert.equal(settings.contactDecisionWithin, '24-hours');
    assert.equal(settings.childInNeedReviewWeeks, 12);
    const audit = await harbour.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'settings-changed')
      .execute();
    assert.equal(audit.length, 1);
  });

  test('a save from a page opened before someone else saved is refused (409), what was typed kept', async () => {
    const first = await signedInAgent(harbour, 'service-manager');
    const second = await signedInAgent(harbour, 'administrator');
    const opened = versionOn((await first.get('/admin/settings/timescales')).text);
    const theirs = await submitForm(
      second,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({
        childInNeedReviewWeeks: '8',
        version: versionOn((await second.get('/admin/settings/timescales')).text),
      }),
    );
    assert.equal(theirs.status, 302);

    const stale = await submitForm(
      first,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({ childInNeedReviewWeeks: '20', childProtectionVisitWorkingDays: '7', version: opened }),
    );
    assert.equal(stale.status, 409);
    assert.match(errorSummary(stale.text)[0]!, /Someone else saved the local standards/);
    const $ = pageOf(stale.text);
    assert.equal($('#childInNeedReviewWeeks').val(), '20', 'what this person typed is kept');
    assert.equal($('#childProtectionVisitWorkingDays').val(), '7');
    const current = versionOn(stale.text);
    assert.equal(Number(current), Number(opened) + 1, 'the form now carries the version saved');
    const held = await councilTimescaleSettings(harbour.database.db);
    assert.equal(held.childInNeedReviewWeeks, 8, 'theirs is not overwritten');
    assert.equal(held.childProtectionVisitWorkingDays, 10, 'as they saved it');

    // Sent again from the form as shown, the change is saved over theirs knowingly.
    const again = await submitForm(
      first,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({ childInNeedReviewWeeks: '20', childProtectionVisitWorkingDays: '7', version: current }),
    );
    assert.equal(again.status, 302);
    assert.equal((await councilTimescaleSettings(harbour.database.db)).childInNeedReviewWeeks, 20);
  });

  test('a save without a version asks the person to reload, and saves nothing', async () => {
    const manager = await signedInAgent(harbour, 'service-manager');
    const before = await councilTimescaleSettings(harbour.database.db);
    const refused = await submitForm(
      manager,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({ childInNeedReviewWeeks: '5' }),
    );
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Reload the page and try again']);
    assert.deepEqual(await councilTimescaleSettings(harbour.database.db), before);
  });

  test('values out of range are refused with GOV.UK errors and nothing saved', async () => {
    const admin = await signedInAgent(harbour, 'administrator');
    const before = await councilTimescaleSettings(harbour.database.db);
    const refused = await submitForm(
      admin,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({
        childInNeedReviewWeeks: '0',
        childProtectionVisitWorkingDays: 'ten',
        contactDecisionWithin: 'never',
      }),
    );
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'Select how long the front door has to decide on a contact',
      'Enter working days between child protection visits as a whole number',
      'Weeks between child in need reviews must be between 4 and 26',
    ]);
    assert.deepEqual(await councilTimescaleSettings(harbour.database.db), before);
  });
});

describe('the standards and the rebuild they start are saved in one transaction', () => {
  const handOffErrors: unknown[] = [];
  let harbour: TestHarbour;
  before(async () => {
    // A queue that cannot be reached just after the save commits (pg-boss's connection dropped).
    harbour = await testHarbour(
      {},
      {
        jobs: (db) =>
          queueHandingOffTo(
            db,
            {
              handOff: () => {
                throw new Error('queue unreachable');
              },
              stop: () => Promise.resolve(),
            },
            (error) => handOffErrors.push(error),
          ),
      },
    );
  });
  after(() => harbour.close());

  const jobs = () => harbour.database.db.selectFrom('background_jobs').selectAll().orderBy('id').execute();
  const actor = { userId: null, username: 'test', ip: '127.0.0.1' };

  test('a save whose hand-off fails keeps its job, which runs when Harbour next starts', async () => {
    const { db } = harbour.database;
    const manager = await signedInAgent(harbour, 'service-manager');
    const saved = await submitForm(
      manager,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({ childInNeedReviewWeeks: '8', version: '1' }),
    );
    assert.equal(saved.status, 302, 'the standards are saved: the failure is the queue’s, logged');
    assert.equal((await councilTimescaleSettings(db)).childInNeedReviewWeeks, 8);
    assert.deepEqual(
      (await jobs()).map((job) => [job.kind, job.state]),
      [['due-items-rebuild', 'queued']],
    );
    assert.match(String(handOffErrors[0]), /queue unreachable/);
    const nextStart = await inProcessJobQueue(db);
    try {
      const job = await settledJob(db);
      assert.equal(job.state, 'done');
    } finally {
      await nextStart.stop();
    }
  });
  test('a save that fails records no job; a job that cannot be recorded undoes the save', async () => {
    const { db } = harbour.database;
    const manager = await signedInAgent(harbour, 'service-manager');
    const stale = await submitForm(
      manager,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({ childInNeedReviewWeeks: '9', version: '1' }),
    );
    assert.equal(stale.status, 409, 'saved over a version since replaced');
    assert.equal((await jobs()).length, 1, 'only the job of the save before');
    await assert.rejects(
      harbour.jobs.enqueue('no-such-job', 'test', (trx) =>
        saveCouncilTimescaleSettings(trx, actor, { ...defaultTimescaleSettings, childInNeedReviewWeeks: 9 }, 2),
      ),
      /No background job is defined as no-such-job/,
    );
    assert.equal((await councilTimescaleSettings(db)).childInNeedReviewWeeks, 8, 'the save went with the job');
    assert.equal((await jobs()).length, 1);
  });
});

describe('a change of local standards brings every child’s due items up to date in the background', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
  });
  after(() => harbour.close());

  test('a contact due a working day after Friday falls due 24 hours after it once the council chooses 24 hours', async () => {
    const { db } = harbour.database;
    const actor = await testActor(db, 'practitioner');
    const child = await aChild(db, actor, { forename: 'Cara' });
    await recordContact(db, actor, {
      childIds: [child],
      receivedAt: '2026-11-20T15:00:00Z',
      source: '5A',
      consent: 'given',
      concerns: 'School worried',
    });
    const dueOn = async () => (await toDoOf(db, [child], '2026-11-20')).map((item) => `${item.rule} ${item.due_on}`);
    assert.deepEqual(await dueOn(), ['contact-decision 2026-11-23'], 'Fri 20 Nov 2026: one working day is Mon 23 Nov');

    const manager = await signedInAgent(harbour, 'service-manager');
    const page = await manager.get('/admin/settings/timescales');
    const saved = await submitForm(
      manager,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      settingsForm({
        contactDecisionWithin: '24-hours',
        version: String(pageOf(page.text)('input[name="version"]').val()),
      }),
    );
    assert.equal(saved.status, 302);
    const job = await settledJob(db);
    assert.equal(job.state, 'done');
    assert.equal(job.kind, 'due-items-rebuild');
    assert.equal(job.done, job.total);
    assert.ok(job.total! >= 1);
    assert.deepEqual(await dueOn(), ['contact-decision 2026-11-21'], 'received 15:00 Friday: due 15:00 Saturday');
    assert.deepEqual((await storedDueItemsDiffer(db, Temporal.PlainDate.from('2026-11-20'))).differing, []);
    const after = await manager.get('/admin/settings/timescales');
    assert.match(after.text, /being brought up to date with them/, 'the flash after saving says what happens next');
    assert.doesNotMatch(after.text, /children done|may still be under/, 'no progress is shown once it has finished');
  });

  test('while the job runs the page says how far it has got; if it failed, the page says so', async () => {
    const { db } = harbour.database;
    const manager = await signedInAgent(harbour, 'service-manager');
    const running = await db
      .insertInto('background_jobs')
      .values({ kind: 'due-items-rebuild', requested_by: 'test', state: 'running', done: 500, total: 2400 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const underWay = pageOf((await manager.get('/admin/settings/timescales')).text);
    assert.match(
      underWay('.govuk-notification-banner').text(),
      /being brought up to date[\s\S]*500 of 2400 children done/,
    );
    await db
      .updateTable('background_jobs')
      .set({ state: 'failed', error: 'connection lost' })
      .where('id', '=', running.id)
      .execute();
    const failed = pageOf((await manager.get('/admin/settings/timescales')).text);
    assert.match(failed('.govuk-notification-banner').text(), /could not be brought up to date/);
    assert.doesNotMatch(failed.text(), /connection lost/, 'the technical detail is for the logs, not the page');
  });
});
