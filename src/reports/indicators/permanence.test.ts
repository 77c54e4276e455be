import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { daysBetween, enteredCareForDecision } from '../../areas/permanence/adoptionScorecard.ts';
import { breakdownOf } from './compute.ts';
import { indicatorById } from './catalogue.ts';
import { monthPeriod } from './periods.ts';

describe('permanence figures from hand-made records', () => {
  let database: HarbourDatabase;
  const child: Record<string, number> = {};
  // Pia: looked after in 2022, and again from 1 March 2024; the decision that she should be placed for
  // adoption on 2 September 2024; moved in with her adopters as foster carers (fostering for adoption)
  // on 20 February 2025, before the placement for adoption on 10 March; adopted 15 January 2026.
  const pia = {
    periods: ['2022-02-01', '2024-03-01'],
    decision: '2024-09-02',
    placementOrder: '2024-12-02',
    matched: '2025-02-01',
    fosteringForAdoption: '2025-02-20',
    placed: '2025-03-10',
    adopted: '2026-01-15',
  };
  // Quin: in care from 10 January 2025, placement order 2 June (made by the court), matched 1 August, placed 1 September 2025.
  const quin = {
    periods: ['2025-01-10'],
    decision: '2025-04-01',
    placementOrder: '2025-06-02',
    matched: '2025-08-01',
    placed: '2025-09-01',
  };
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    for (const name of ['pia', 'quin', 'rex', 'sam']) child[name] = await fixtureChild(db, { locality: 'North' });
    await fixtureRows(db, 'periods_of_care', [
      { child_id: child.pia, start_date: '2022-02-01', end_date: '2022-08-01' },
      { child_id: child.pia, start_date: '2024-03-01', end_date: pia.adopted },
      { child_id: child.quin, start_date: '2025-01-10', end_date: null },
    ]);
    await fixtureRows(db, 'adoption_plans', [
      {
        child_id: child.pia,
        should_be_placed_date: pia.decision,
        placement_order_date: pia.placementOrder,
        matched_date: pia.matched,
        placed_date: pia.placed,
        fostering_for_adoption: true,
        fostering_for_adoption_date: pia.fosteringForAdoption,
        adoption_order_date: pia.adopted,
      },
      {
        child_id: child.quin,
        should_be_placed_date: quin.decision,
        // Quin's placement order is the court's, made when his care proceedings concluded: not typed again here.
        placement_order_date: null,
        matched_date: quin.matched,
        placed_date: quin.placed,
      },
    ]);
    const [quinsProceedings] = await fixtureRows(db, 'care_proceedings', [
      {
        family_id: null,
        pre_proceedings_id: null,
        issue_date: '2025-01-08',
        court: 'Telford',
        conclusion_date: quin.placementOrder,
      },
    ]);
    await db
      .insertInto('proceedings_children')
      .values({ proceedings_id: quinsProceedings!, child_id: child.quin!, final_order: 'placement-order' })
      .execute();
    await fixtureRows(db, 'special_guardianship_orders', [{ child_id: child.rex, order_date: '2026-01-20' }]);
    // Sam's order was made when his care proceedings concluded, 31 December 2025, and recorded there only;
    // Rex's was recorded on both: counted once.
    const [samsProceedings, rexsProceedings] = await fixtureRows(db, 'care_proceedings', [
      {
        family_id: null,
        pre_proceedings_id: null,
        issue_date: '2025-07-01',
        court: 'Telford',
        conclusion_date: '2025-12-31',
      },
      {
        family_id: null,
        pre_proceedings_id: null,
        issue_date: '2025-08-01',
        court: 'Telford',
        conclusion_date: '2026-01-20',
      },
    ]);
    await db
      .insertInto('proceedings_children')
      .values([
        { proceedings_id: samsProceedings!, child_id: child.sam!, final_order: 'special-guardianship-order' },
        { proceedings_id: rexsProceedings!, child_id: child.rex!, final_order: 'special-guardianship-order' },
      ])
      .execute();
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('adoptions and special guardianship orders made in the period', async () => {
    const values = await figures(['adoptions', 'special-guardianship-orders'], ['2025-12', '2026-01']);
    assert.equal(values['adoptions 2026-01'], 1);
    assert.equal(values['adoptions 2025-12'], 0);
    assert.equal(values['special-guardianship-orders 2025-12'], 1);
    assert.equal(values['special-guardianship-orders 2026-01-ytd'], 2);
  });

  test('A1 counts from entering the period of care the decision was made in to moving in, as the scorecard does', async () => {
    // The scorecard's own rule: Pia's clock starts on 1 March 2024 (not 2022), and stops when she moved in as a foster child.
    const piaDays = daysBetween(enteredCareForDecision(pia.periods, pia.decision)!, pia.fosteringForAdoption);
    const quinDays = daysBetween(enteredCareForDecision(quin.periods, quin.decision)!, quin.placed);
    assert.equal(piaDays, 356);
    const values = await figures(['adoption-a1-days'], ['2025-02', '2025-09']);
    assert.equal(values['adoption-a1-days 2025-02'], piaDays);
    assert.equal(values['adoption-a1-days 2025-09'], quinDays);
    assert.equal(values['adoption-a1-days 2025-09-ytd'], quinDays); // Pia moved in before April 2025
  });

  test('A2 counts from the placement order to the match, averaged over the children matched', async () => {
    const values = await figures(['adoption-a2-days'], ['2025-02', '2025-08', '2026-03']);
    assert.equal(values['adoption-a2-days 2025-02'], daysBetween(pia.placementOrder, pia.matched));
    assert.equal(values['adoption-a2-days 2025-08'], daysBetween(quin.placementOrder, quin.matched));
    assert.equal(values['adoption-a2-days 2026-03'], null); // nobody matched: no average
    assert.equal(values['adoption-a2-days 2025-02-ytd'], daysBetween(pia.placementOrder, pia.matched));
  });

  test('A1 broken down by the locality of the child’s home when they moved in', async () => {
    const rows = await breakdownOf(
      database.db,
      indicatorById('adoption-a1-days')!,
      monthPeriod(Temporal.PlainYearMonth.from('2025-02')),
      'locality',
    );
    const days = daysBetween(enteredCareForDecision(pia.periods, pia.decision)!, pia.fosteringForAdoption);
    assert.deepEqual(
      rows.map((row) => [row.group, row.numerator, row.denominator]),
      [['North', days, 1]],
    );
  });
});
