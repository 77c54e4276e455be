import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { errorSummary, pageOf, signedInAgent, submitForm, testHarbour, type TestHarbour } from '../testing/testApp.ts';
import { councilTimescaleSettings } from '../../reports/timescales/settings.ts';
import { defaultTimescaleSettings } from '../../reports/timescales/settings.ts';

describe('local timescale standards', () => {
  let harbour: TestHarbour;
  before(async () => {
    harbour = await testHarbour();
  });
  after(() => harbour.close());

  const versionOn = (html: string) => String(pageOf(html)('input[name="version"]').val());
  const form = (changes: Record<string, string>) => ({
    ...Object.fromEntries(
      Object.entries(defaultTimescaleSettings).map(([k, v]) => [k, v === false ? 'no' : String(v)]),
    ),
    ...changes,
  });

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
      form({ childProtectionVisitWorkingDays: '15', contactDecisionWithin: '24-hours', version: '1' }),
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
      form({ childInNeedReviewWeeks: '8', version: versionOn((await second.get('/admin/settings/timescales')).text) }),
    );
    assert.equal(theirs.status, 302);

    const stale = await submitForm(
      first,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      form({ childInNeedReviewWeeks: '20', childProtectionVisitWorkingDays: '7', version: opened }),
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
      form({ childInNeedReviewWeeks: '20', childProtectionVisitWorkingDays: '7', version: current }),
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
      form({ childInNeedReviewWeeks: '5' }),
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
      form({ childInNeedReviewWeeks: '0', childProtectionVisitWorkingDays: 'ten', contactDecisionWithin: 'never' }),
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
