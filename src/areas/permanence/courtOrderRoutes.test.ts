import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../platform/access/audit.ts';
import { testActor } from '../../app/testing/actors.ts';
import {
  dateFields,
  errorSummary,
  pageOf,
  signedInAgent,
  submitForm,
  tableRows,
  testHarbour,
  type Agent,
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { aChild } from '../../app/testing/records.ts';
import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { startPeriodOfCare } from '../care/store.ts';
import { concludeCareProceedings, issueCareProceedings } from '../court/store.ts';
import type { FinalOrder } from '../court/codes.ts';
import { permanenceJourney } from './journey.ts';
import { recordAdoptionDecision, setPermanencePlan } from './store.ts';

describe('permanence reads the court’s final orders rather than asking for them again', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let worker: Agent;
  before(async () => {
    harbour = await testHarbour();
    actor = await testActor(harbour.database.db, 'team-manager');
    worker = await signedInAgent(harbour, 'practitioner');
    harbour.clock.setToday('2026-12-02');
  });
  after(() => harbour.close());

  /** A child in care from 1 October 2025 with a plan for `planType`, and the court's order on 3 March 2026. */
  async function planned(forename: string, planType: 'adoption' | 'special-guardianship', finalOrder: FinalOrder) {
    const { db } = harbour.database;
    const childId = await aChild(db, actor, { forename, surname: 'Court', dateOfBirth: '2022-03-04' });
    await startPeriodOfCare(db, actor, {
      childId,
      startDate: '2025-10-01',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U6',
    });
    await setPermanencePlan(db, actor, { childId, planType, startDate: '2026-01-05' });
    if (planType === 'adoption') await recordAdoptionDecision(db, actor, { childId, shouldBePlacedDate: '2026-01-05' });
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

  const textOf = async (path: string) =>
    pageOf((await worker.get(path)).text)('main')
      .text()
      .replace(/\s+/g, ' ');

  test('the court’s placement order is the plan’s: shown, not asked again, and counted by A2, the journey and the tracker', async () => {
    const { db } = harbour.database;
    const dan = await planned('Dan', 'adoption', 'placement-order');
    const base = `/children/${dan}/permanence`;
    assert.match(
      await textOf(base),
      /Placement order 3 March 2026, made by the court when the care proceedings concluded/,
    );
    assert.match(await textOf(base), /Placement order made/, 'the stage reached');
    assert.match(await textOf(base), /Placement order to match \(A2\) 274 days so far \(over 121\)/);
    // The court's write rebuilt Dan's due items: A2 runs from the court's order.
    assert.deepEqual(
      await db
        .selectFrom('due_items')
        .select(['starts_on', 'due_on'])
        .where('child_id', '=', dan)
        .where('rule', '=', 'adoption-a2')
        .execute(),
      [{ starts_on: '2026-03-03', due_on: '2026-07-02' }],
    );
    assert.equal(
      (await areaJourneyOf(permanenceJourney, db, dan)).adoptionPlans?.[0]?.placementOrderDate,
      '2026-03-03',
    );

    const form = pageOf((await worker.get(`${base}/adoption`)).text);
    assert.equal(form('#placementOrderDate-day').length, 0, 'the placement order is not asked again');
    assert.match(form('.govuk-summary-list').text(), /3 March 2026, made by the court/);
    assert.equal(form('#matchedDate-day').length, 1);
    assert.match(
      pageOf((await worker.get(`${base}/adoption/leave`)).text)('.govuk-summary-list').text(),
      /Placement order\s*3 March 2026, made by the court/,
    );
    // A placement order date posted anyway is not read: the court's stands.
    const saved = await submitForm(worker, `${base}/adoption`, `${base}/adoption`, {
      version: String(form('input[name="version"]').val()),
      ...dateFields('placementOrderDate', '2026-02-01'),
      ...dateFields('matchedDate', '2026-05-01'),
    });
    assert.equal(saved.status, 302, errorSummary(saved.text).join());
    const plan = await db
      .selectFrom('adoption_plans')
      .selectAll()
      .where('child_id', '=', dan)
      .executeTakeFirstOrThrow();
    assert.deepEqual([plan.placement_order_date, plan.matched_date], [null, '2026-05-01']);
    // 3 March to 1 May 2026: 59 days.
    assert.match(await textOf(base), /Placement order to match \(A2\) 59 days \(within 121\)/);

    const tracker = await (await signedInAgent(harbour, 'team-manager')).get('/permanence/tracker');
    assert.deepEqual(
      tableRows(tracker.text, '#tracker').filter((row) => row.startsWith('Dan Court')),
      [
        'Dan Court|Adoption from 5 January 2026|Matched with adopters|1 October 2025|427 so far Over 426|59|Not recorded',
      ],
    );
  });

  test('a plan with no order at the court still asks for the placement order', async () => {
    const eve = await planned('Eve', 'adoption', 'care-order');
    const form = pageOf((await worker.get(`/children/${eve}/permanence/adoption`)).text);
    assert.equal(form('#placementOrderDate-day').length, 1);
    assert.match(await textOf(`/children/${eve}/permanence`), /Placement order Not yet/);
  });

  test('the court’s SGO is the child’s: listed, on the tracker, and not offered to record again', async () => {
    const fay = await planned('Fay', 'special-guardianship', 'special-guardianship-order');
    const base = `/children/${fay}/permanence`;
    const page = pageOf((await worker.get(base)).text);
    assert.match(
      page('#special-guardianship + ul').text(),
      /Special guardianship order made 3 March 2026 by the court when the care proceedings concluded/,
    );
    assert.equal(page(`a[href="${base}/special-guardianship-order"]`).length, 0);
    const tracker = await (await signedInAgent(harbour, 'team-manager')).get('/permanence/tracker');
    assert.match(
      tableRows(tracker.text, '#tracker').find((row) => row.startsWith('Fay Court')) ?? '',
      /Special guardianship order made/,
    );
    // Reached by its address, the form shows the court's order and refuses it a second time.
    const again = await submitForm(worker, `${base}/special-guardianship-order`, `${base}/special-guardianship-order`, {
      ...dateFields('orderDate', '2026-03-03'),
    });
    assert.equal(again.status, 400);
    assert.deepEqual(errorSummary(again.text), [
      'The court’s special guardianship order of this date is already on the record',
    ]);
    assert.match(pageOf(again.text)('.govuk-summary-list').text(), /Made by the court\s*3 March 2026/);
  });
});
