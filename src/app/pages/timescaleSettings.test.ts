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
    const saved = await submitForm(
      manager,
      '/admin/settings/timescales',
      '/admin/settings/timescales',
      form({ childProtectionVisitWorkingDays: '15', contactDecisionWithin: '24-hours' }),
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
