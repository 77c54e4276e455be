import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { amendRecord, amendmentsOf } from '../../platform/records/amend.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { childJourney, dueItems } from '../../reports/timescales/index.ts';
import { startPeriodOfCare } from '../care/store.ts';
import { careJourney } from '../care/journey.ts';
import { aChild, auditedChildren, refusedAt } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';
import { permanenceChronology } from './chronology.ts';
import { adoptionRoute, permanenceJourney } from './journey.ts';
import { adoptionStage, movedInWithAdoptersDate } from './model.ts';
import {
  leaveAdoptionRoute,
  recordAdoptionDecision,
  recordAdoptionProgress,
  recordSpecialGuardianshipOrder,
  setPermanencePlan,
  viewPermanenceRecord,
} from './store.ts';

describe('adoption route rules', () => {
  const route = {
    shouldBePlacedDate: '2025-04-01',
    placementOrderDate: null,
    matchedDate: null,
    placedDate: null,
    adoptionOrderDate: null,
    fosteringForAdoptionDate: null,
    endedDate: null,
  };

  test('the stage is the furthest milestone reached, unless the child left the route', () => {
    assert.equal(adoptionStage(route), 'should-be-placed');
    assert.equal(adoptionStage({ ...route, placementOrderDate: '2025-06-02', matchedDate: '2025-09-01' }), 'matched');
    assert.equal(adoptionStage({ ...route, placedDate: '2025-10-01', adoptionOrderDate: '2026-03-01' }), 'adopted');
    assert.equal(adoptionStage({ ...route, placedDate: '2025-10-01', endedDate: '2025-12-01' }), 'left-adoption-route');
  });

  test('under fostering for adoption the child moved in with the adopters when fostered by them (scorecard A1)', () => {
    assert.equal(
      movedInWithAdoptersDate({ ...route, placedDate: '2025-10-01', fosteringForAdoptionDate: '2025-04-15' }),
      '2025-04-15',
    );
    assert.equal(movedInWithAdoptersDate({ ...route, placedDate: '2025-10-01' }), '2025-10-01');
    assert.equal(movedInWithAdoptersDate(route), null);
  });
});

describe('permanence records', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let gus: number;
  let hal: number;

  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'practitioner');
    gus = await aChild(database.db, actor, { forename: 'Gus', surname: 'Ward', dateOfBirth: '2024-01-01' });
    hal = await aChild(database.db, actor, { forename: 'Hal', surname: 'Ford', dateOfBirth: '2022-05-05' });
    await startPeriodOfCare(database.db, actor, {
      childId: gus,
      startDate: '2025-01-10',
      legalStatus: 'C1',
      categoryOfNeed: 'N1',
      placementType: 'U6',
      placementProvider: 'PR1',
    });
  });
  after(() => database.close());

  test('the adoption route: milestones in order, each recorded once, corrections kept', async () => {
    const { db } = database;
    const plan = await recordAdoptionDecision(db, actor, {
      childId: gus,
      shouldBePlacedDate: '2025-04-01',
      fosteringForAdoption: true,
      fosteringForAdoptionDate: '2025-04-15',
    });
    assert.deepEqual(await auditedChildren(db, 'adoption_plans', plan.id), [String(gus)]);
    await refusedAt(
      recordAdoptionDecision(db, actor, { childId: gus, shouldBePlacedDate: '2025-05-01' }),
      'shouldBePlacedDate',
    );
    await refusedAt(
      recordAdoptionProgress(db, actor, { adoptionPlanId: plan.id, version: 1, placementOrderDate: '2025-03-01' }),
      'placementOrderDate',
    );
    await refusedAt(
      recordAdoptionProgress(db, actor, { adoptionPlanId: plan.id, version: 1, placedDate: '2025-10-01' }),
      'placedDate',
    );
    const ordered = await recordAdoptionProgress(db, actor, {
      adoptionPlanId: plan.id,
      version: 1,
      placementOrderDate: '2025-06-03',
    });
    const corrected = await amendRecord(db, actor, {
      table: 'adoption_plans',
      recordId: plan.id,
      childId: gus,
      version: ordered.version,
      changes: { placement_order_date: '2025-06-02' },
      reason: 'Date on the sealed order',
    });
    assert.equal((await amendmentsOf(db, 'adoption_plans', plan.id))[0]?.previous_value, '2025-06-03');
    const matched = await recordAdoptionProgress(db, actor, {
      adoptionPlanId: plan.id,
      version: corrected.version as number,
      matchedDate: '2025-09-01',
    });
    await recordAdoptionProgress(db, actor, {
      adoptionPlanId: plan.id,
      version: matched.version,
      placedDate: '2025-10-01',
    });
    await refusedAt(
      recordAdoptionProgress(db, actor, {
        adoptionPlanId: plan.id,
        version: matched.version + 1,
        matchedDate: '2025-09-02',
      }),
      'matchedDate',
    );
  });

  test('leaving the adoption route: a local reason always, and RD1–RD4 once the child had been placed', async () => {
    const { db } = database;
    const plan = await recordAdoptionDecision(db, actor, { childId: hal, shouldBePlacedDate: '2025-02-01' });
    const placed = await recordAdoptionProgress(db, actor, {
      adoptionPlanId: plan.id,
      version: 1,
      matchedDate: '2025-05-01',
      placedDate: '2025-06-01',
    });
    await refusedAt(
      leaveAdoptionRoute(db, actor, {
        adoptionPlanId: plan.id,
        version: placed.version,
        endedDate: '2025-08-01',
        planChangeReason: 'placement-disrupted',
      }),
      'reasonPlacedCeased',
    );
    await leaveAdoptionRoute(db, actor, {
      adoptionPlanId: plan.id,
      version: placed.version,
      endedDate: '2025-08-01',
      planChangeReason: 'placement-disrupted',
      reasonPlacedCeased: 'RD4',
    });
    await setPermanencePlan(db, actor, { childId: hal, planType: 'adoption', startDate: '2025-02-01' });
    await setPermanencePlan(db, actor, { childId: hal, planType: 'special-guardianship', startDate: '2025-08-01' });
    await refusedAt(
      setPermanencePlan(db, actor, { childId: hal, planType: 'other', startDate: '2025-07-01' }),
      'startDate',
    );
    await recordSpecialGuardianshipOrder(db, actor, { childId: hal, orderDate: '2026-01-20' });
    const record = await viewPermanenceRecord(db, actor, hal);
    assert.deepEqual(
      record.plans.map((p) => [p.plan_type, p.start_date, p.end_date]),
      [
        ['adoption', '2025-02-01', '2025-08-01'],
        ['special-guardianship', '2025-08-01', null],
      ],
    );
    assert.equal(adoptionStage(adoptionRoute(record.adoptionPlans[0]!, [])), 'left-adoption-route');
  });

  test('journey: the adoption plan and the scorecard A1 and A2 clocks', async () => {
    const { db } = database;
    const journey = await areaJourneyOf(permanenceJourney, db, gus);
    assert.deepEqual(
      journey.adoptionPlans?.map(({ id: _id, ...plan }) => plan),
      [
        {
          decisionDate: '2025-04-01',
          placementOrderDate: '2025-06-02',
          matchedDate: '2025-09-01',
          movedInDate: '2025-04-15',
        },
      ],
    );
    const items = dueItems(
      childJourney(
        { id: String(gus), dateOfBirth: '2024-01-01' },
        { ...(await areaJourneyOf(careJourney, db, gus)), ...journey },
      ),
      Temporal.PlainDate.from('2025-12-01'),
    );
    const lines = (rule: string) =>
      items.filter((item) => item.rule === rule).map((item) => `${item.dueOn.toString()} ${item.status}`);
    // A2: 121 days from the placement order on 2 June 2025; A1: 426 days from entering care on 10 January 2025.
    assert.deepEqual(lines('adoption-a2'), ['2025-10-01 met']);
    assert.deepEqual(lines('adoption-a1'), ['2026-03-12 met']);
  });

  test('chronology: permanence milestones in order', async () => {
    const events = await permanenceChronology(database.db, [hal]);
    assert.deepEqual(
      events.map((event) => [event.date, event.type, event.summary]),
      [
        ['2025-02-01', 'permanence-plan', 'Permanence plan: Adoption'],
        ['2025-02-01', 'adoption', 'Agency decision maker decided the child should be placed for adoption'],
        ['2025-05-01', 'adoption', 'Matched with prospective adopters'],
        ['2025-06-01', 'adoption', 'Placed for adoption'],
        ['2025-08-01', 'permanence-plan', 'Permanence plan: Special guardianship order'],
        [
          '2025-08-01',
          'adoption',
          'Plan for adoption ended: The placement with adopters ended (disruption); placement for adoption ceased: Any other reason (RD4)',
        ],
        ['2026-01-20', 'special-guardianship', 'Special guardianship order made'],
      ],
    );
  });
});
