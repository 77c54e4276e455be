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
} from '../../app/testing/testApp.ts';
import { aChild } from '../../app/testing/records.ts';
import { concludeCareProceedings, issueCareProceedings } from '../court/store.ts';
import type { FinalOrder } from '../court/codes.ts';
import { startPeriodOfCare } from './store.ts';

describe('looked after: the court’s order offered, prefilled, rather than typed again', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let worker: Agent;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'practitioner');
    worker = await signedInAgent(harbour, 'practitioner');
    harbour.clock.setToday('2026-12-02');
  });
  after(() => harbour.close());

  /** A child in care under an interim care order from 1 October 2025, and the court's final order on 3 March 2026. */
  async function inCareWithOrder(forename: string, finalOrder: FinalOrder) {
    const { db } = harbour.database;
    const childId = await aChild(db, actor, { forename, surname: 'Brook', dateOfBirth: '2018-03-04' });
    await startPeriodOfCare(db, actor, {
      childId,
      startDate: '2025-10-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U6',
    });
    const proceedings = await issueCareProceedings(db, actor, {
      notOffered: { reason: 'immediate-risk' },
      childIds: [childId],
      issueDate: '2025-10-02',
      court: 'Family Court at Telford',
    });
    await concludeCareProceedings(db, actor, {
      proceedingsId: proceedings.id,
      version: proceedings.version,
      conclusionDate: '2026-03-03',
      finalOrders: { [childId]: finalOrder },
    });
    return childId;
  }

  const lookedAfter = async (childId: number) => pageOf((await worker.get(`/children/${childId}/looked-after`)).text);

  /** The form as the browser would send it: every input's value and each select's chosen option. */
  async function formAt(path: string) {
    const $ = pageOf((await worker.get(path)).text);
    const fields: Record<string, string> = {};
    $('form input[name]').each((_i, input) => {
      fields[$(input).attr('name')!] = String($(input).val() ?? '');
    });
    $('form select[name]').each((_i, select) => {
      fields[$(select).attr('name')!] = String($(select).find('option[selected]').attr('value') ?? '');
    });
    delete fields._csrf;
    return { fields, hint: $('#reasonCeased-hint').text().trim() };
  }

  test('a placement order while the legal status is C1: the banner, the prefilled change, then no banner', async () => {
    const amy = await inCareWithOrder('Amy', 'placement-order');
    const banner = (await lookedAfter(amy))('#court-order');
    assert.match(
      banner.text(),
      /The court made a placement order for Amy Brook on 3 March 2026\. Amy Brook's legal status here is still C1 \(Interim care order\)\./,
    );
    const href = banner.find('a').attr('href')!;
    assert.equal(href, `/children/${amy}/looked-after/legal-status?date=2026-03-03&legalStatus=E1`);

    const { fields } = await formAt(href);
    assert.deepEqual(
      [fields['date-day'], fields['date-month'], fields['date-year'], fields.legalStatus],
      ['3', '3', '2026', 'E1'],
    );
    const changed = await submitForm(worker, href, `/children/${amy}/looked-after/legal-status`, fields);
    assert.equal(changed.status, 302, errorSummary(changed.text).join());
    const after = await lookedAfter(amy);
    assert.equal(after('#court-order').length, 0);
    assert.match(after('main').text(), /E1: Placement order granted/);
  });

  test('an SGO: the end of the period offered with the date, the worker choosing E45 to E48; still checked on POST', async () => {
    const ben = await inCareWithOrder('Ben', 'special-guardianship-order');
    const banner = (await lookedAfter(ben))('#court-order');
    assert.match(
      banner.text(),
      /special guardianship order for Ben Brook on 3 March 2026\. Ben Brook is still looked after here\./,
    );
    const href = banner.find('a').attr('href')!;
    const { fields, hint } = await formAt(href);
    assert.match(hint, /select E45, E46, E47 or E48/);
    assert.equal(fields.reasonCeased, '');
    assert.equal(fields['endDate-day'], '3');

    const action = `/children/${ben}/looked-after/end`;
    const unchosen = await submitForm(worker, href, action, fields);
    assert.equal(unchosen.status, 400);
    assert.deepEqual(errorSummary(unchosen.text), ['Select why the child stopped being looked after']);
    assert.match(pageOf(unchosen.text)('#reasonCeased-hint').text(), /E45, E46, E47 or E48/);
    const ended = await submitForm(worker, href, action, { ...fields, reasonCeased: 'E45' });
    assert.equal(ended.status, 302, errorSummary(ended.text).join());
    const after = await lookedAfter(ben);
    assert.equal(after('#court-order').length, 0);
    assert.match(after('main').text(), /3 March 2026: E45/);
  });

  test('a care order while the status is C1 offers C2; a prefilled address with nonsense in it fills nothing', async () => {
    const cara = await inCareWithOrder('Cara', 'care-order');
    const href = (await lookedAfter(cara))('#court-order a').attr('href')!;
    assert.match(href, /legalStatus=C2$/);
    const { fields } = await formAt(`/children/${cara}/looked-after/legal-status?date=3%20March&legalStatus=ZZ`);
    assert.equal(fields.legalStatus, 'C1');
    assert.equal(fields['date-day'], '');
  });
});
