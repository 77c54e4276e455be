import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import { adaBenAndRestrictedCora } from '../../app/testing/records.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { assertCorrection } from '../../app/testing/corrections.ts';
import { importDeprivationOfLiberty, recordDeprivationOfLiberty } from './deprivationOfLiberty.ts';

describe('orders depriving a child of their liberty', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let worker: Agent;
  let ada: number;
  let ben: number;
  const db = () => harbour.database.db;
  const orders = (childId: number) =>
    db()
      .selectFrom('deprivation_of_liberty_orders')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('start_date')
      .execute();

  before(async () => {
    harbour = await testHarbour();
    harbour.clock.setToday('2026-09-14');
    actor = await testActor(db(), 'service-manager');
    ({ ada, ben } = await adaBenAndRestrictedCora(db(), actor, 'Liberty'));
    worker = await signedInAgent(harbour, 'practitioner');
  });
  after(() => harbour.close());

  test('recorded from the court page: the court asked for, a second order in force refused, shown and in the chronology', async () => {
    const form = `/children/${ada}/court/deprivation-of-liberty/new`;
    const blank = await submitForm(worker, form, form, dateFields('startDate', '2026-05-04'));
    assert.equal(blank.status, 400);
    assert.deepEqual(errorSummary(blank.text), ['Select the court that made the order']);
    assert.equal(pageOf(blank.text)('input[name="startDate-day"]').val(), '4', 'what was typed is kept');
    const backwards = await submitForm(worker, form, form, {
      ...dateFields('startDate', '2026-05-04'),
      ...dateFields('endDate', '2026-05-01'),
      court: 'high-court',
    });
    assert.deepEqual(errorSummary(backwards.text), ['The order must end on or after the day it was made']);
    const made = await submitForm(worker, form, form, {
      ...dateFields('startDate', '2026-05-04'),
      court: 'high-court',
      courtReference: 'FD26P00123',
    });
    assert.equal(made.status, 302, errorSummary(made.text).join('; '));
    const second = await submitForm(worker, form, form, {
      ...dateFields('startDate', '2026-07-01'),
      court: 'court-of-protection',
    });
    assert.equal(second.status, 400);
    assert.match(
      errorSummary(second.text).join(),
      /Another order depriving the child of their liberty is in force then/,
    );
    const [order] = await orders(ada);
    assert.deepEqual([order?.start_date, order?.end_date, order?.court], ['2026-05-04', null, 'high-court']);
    const audited = await db()
      .selectFrom('audit_events')
      .select(['child_id', 'record_type'])
      .where('record_type', '=', 'deprivation_of_liberty_orders')
      .where('event', '=', 'child-record-changed')
      .execute();
    assert.deepEqual(audited, [{ child_id: String(ada), record_type: 'deprivation_of_liberty_orders' }]);
    const page = pageOf((await worker.get(`/children/${ada}/court`)).text);
    assert.match(
      page('#deprivation-of-liberty + table').text(),
      /4 May 2026\s*In force\s*High Court \(inherent jurisdiction\) \(FD26P00123\)/,
    );
    assert.match(
      (await worker.get(`/children/${ada}/chronology`)).text,
      /Order authorising the deprivation of Ada Liberty&#39;s liberty made by the High Court/,
    );
  });

  test('ended with the version checked, then a later order may start the day it ended', async () => {
    const [order] = await orders(ada);
    const form = `/children/${ada}/court/deprivation-of-liberty/${order!.id}/end`;
    const version = pageOf((await worker.get(form)).text)('input[name="version"]').val() as string;
    const early = await submitForm(worker, form, form, { version, ...dateFields('endDate', '2026-05-01') });
    assert.deepEqual(errorSummary(early.text), ['The order must end on or after the day it was made']);
    const ended = await submitForm(worker, form, form, { version, ...dateFields('endDate', '2026-08-31') });
    assert.equal(ended.status, 302, errorSummary(ended.text).join('; '));
    assert.equal((await worker.get(form)).status, 302, 'an order already ended goes back to the court page');
    await recordDeprivationOfLiberty(db(), actor, {
      childId: ada,
      startDate: '2026-08-31',
      court: 'court-of-protection',
    });
    assert.deepEqual(
      (await orders(ada)).map((row) => [row.start_date, row.end_date]),
      [
        ['2026-05-04', '2026-08-31'],
        ['2026-08-31', null],
      ],
    );
  });

  test('a stale end is refused with the current record shown', async () => {
    const order = await recordDeprivationOfLiberty(db(), actor, {
      childId: ben,
      startDate: '2026-06-01',
      court: 'high-court',
    });
    const form = `/children/${ben}/court/deprivation-of-liberty/${order.id}/end`;
    const version = pageOf((await worker.get(form)).text)('input[name="version"]').val() as string;
    await db()
      .updateTable('deprivation_of_liberty_orders')
      .set({ court_reference: 'X1', version: order.version + 1 })
      .where('id', '=', order.id)
      .execute();
    const stale = await submitForm(worker, form, form, { version, ...dateFields('endDate', '2026-09-01') });
    assert.equal(stale.status, 409);
  });

  test('corrected with a reason, the previous date kept', async () => {
    const [order] = await orders(ada);
    await assertCorrection(db(), worker, `/children/${ada}/court/deprivation-of-liberty/${order!.id}/correct`, {
      table: 'deprivation_of_liberty_orders',
      recordId: order!.id,
      fields: { ...dateFields('startDate', '2026-05-05') },
      column: 'start_date',
      previous: '2026-05-04',
      now: '2026-05-05',
    });
  });

  test("imported from a 903's DoLo rows: known by start date, ended when held open, refused when it differs", async () => {
    const child = ben;
    const load = (given: { startDate: string; endDate: string | null }[]) =>
      importDeprivationOfLiberty(db(), actor, child, given, 'SSDA903', '2027-03-31');
    // Ben's order of 1 June 2026 is held open; the return ends it and adds an earlier one.
    assert.deepEqual(
      await load([
        { startDate: '2026-04-10', endDate: '2026-05-20' },
        { startDate: '2026-06-01', endDate: '2026-09-01' },
      ]),
      { added: 2, unchanged: 0 },
    );
    assert.deepEqual(
      await load([
        { startDate: '2026-04-10', endDate: '2026-05-20' },
        { startDate: '2026-06-01', endDate: '2026-09-01' },
      ]),
      { added: 0, unchanged: 2 },
      'a second run changes nothing',
    );
    await assert.rejects(
      load([{ startDate: '2026-06-01', endDate: '2026-08-01' }]),
      /as ended on 2026-09-01; the return says it ended on 2026-08-01/,
    );
    await assert.rejects(
      load([{ startDate: '2026-05-01', endDate: null }]),
      /Another order depriving the child of their liberty is in force/,
    );
    const imported = (await orders(child)).find((row) => row.start_date === '2026-04-10');
    assert.deepEqual([imported?.imported_from, imported?.court], ['SSDA903', null]);
    // What Harbour knows after the return's year end is later news: an order it shows open has since ended.
    assert.deepEqual(
      await importDeprivationOfLiberty(
        db(),
        actor,
        child,
        [{ startDate: '2026-06-01', endDate: null }],
        'SSDA903',
        '2026-08-31',
      ),
      { added: 0, unchanged: 1 },
    );
  });
});
