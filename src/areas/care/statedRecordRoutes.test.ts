import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  errorSummary,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { aChild } from '../../app/testing/records.ts';
import { startPeriodOfCare } from './store.ts';

// The records the 903 asks that a worker states: a conviction's day, the birth of a young person's
// child (people's page, recorded here beside care's), and previous permanence at entry to care.
describe('convictions, births and previous permanence on the child’s record', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let worker: Agent;
  let childId: number;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'practitioner');
    worker = await signedInAgent(harbour, 'practitioner');
    harbour.clock.setToday('2026-12-02');
    childId = await aChild(harbour.database.db, actor, { forename: 'Rae', sex: 'F', dateOfBirth: '2010-03-04' });
    await startPeriodOfCare(harbour.database.db, actor, {
      childId,
      startDate: '2025-10-01',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U6',
    });
  });
  after(() => harbour.close());

  test('a conviction is recorded by its day and listed; a day in the future is refused with the GOV.UK summary', async () => {
    const form = `/children/${childId}/convictions/new`;
    const future = await submitForm(worker, form, form, {
      'convictedOn-day': '3',
      'convictedOn-month': '12',
      'convictedOn-year': '2026',
    });
    assert.equal(future.status, 400);
    assert.ok(errorSummary(future.text).length > 0);
    const saved = await submitForm(worker, form, form, {
      'convictedOn-day': '1',
      'convictedOn-month': '11',
      'convictedOn-year': '2026',
    });
    assert.equal(saved.status, 302);
    assert.match((await worker.get(`/children/${childId}/convictions`)).text, /1 November 2026/);
  });

  test('the birth of her child is refused before she was 10, and recorded after', async () => {
    const form = `/children/${childId}/own-children/new`;
    const early = await submitForm(worker, form, form, {
      'bornOn-day': '1',
      'bornOn-month': '1',
      'bornOn-year': '2019',
    });
    assert.equal(early.status, 400);
    assert.ok(errorSummary(early.text).some((text) => /10th birthday/.test(text)));
    const saved = await submitForm(worker, form, form, {
      'bornOn-day': '2',
      'bornOn-month': '9',
      'bornOn-year': '2026',
    });
    assert.equal(saved.status, 302);
    assert.match((await worker.get(`/children/${childId}/own-children`)).text, /2 September 2026/);
  });

  test('previous permanence: a council is needed with an order, none with Z1; it is recorded on the period', async () => {
    const { id: periodId } = await harbour.database.db
      .selectFrom('periods_of_care')
      .select('id')
      .where('child_id', '=', childId)
      .executeTakeFirstOrThrow();
    const form = `/children/${childId}/previous-permanence/${periodId}/new`;
    const blank = { localAuthority: '', orderDay: '', orderMonth: '', orderYear: '' };
    const noCouncil = await submitForm(worker, form, form, { ...blank, option: 'P2', orderYear: '2020' });
    assert.equal(noCouncil.status, 400);
    assert.ok(errorSummary(noCouncil.text).some((text) => /999 if not known/.test(text)));
    const none = await submitForm(worker, form, form, { ...blank, option: 'Z1', localAuthority: '873' });
    assert.equal(none.status, 400);
    const saved = await submitForm(worker, form, form, {
      ...blank,
      option: 'P2',
      localAuthority: '873',
      orderMonth: '5',
      orderYear: '2020',
    });
    assert.equal(saved.status, 302);
    const stated = await harbour.database.db
      .selectFrom('previous_permanence')
      .select(['option', 'local_authority', 'order_year', 'order_month', 'order_day'])
      .where('period_of_care_id', '=', periodId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stated, {
      option: 'P2',
      local_authority: '873',
      order_year: 2020,
      order_month: 5,
      order_day: null,
    });
  });
});
