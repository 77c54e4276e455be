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
  type TestHarbour,
} from '../../app/testing/testApp.ts';
import { adaBenAndRestrictedCora } from '../../app/testing/records.ts';
import { startPeriodOfCare } from '../care/store.ts';
import { confirmLongTermFostering, recordSpecialGuardianshipOrder, setPermanencePlan } from './store.ts';
import { assertCorrection, formValues } from '../../app/testing/corrections.ts';
import { permanenceChronology } from './chronology.ts';

describe('permanence pages', () => {
  let harbour: TestHarbour;
  let actor: Actor;
  let family: { ada: number; ben: number; cora: number };
  before(async () => {
    harbour = await testHarbour();
    const db = harbour.database.db;
    actor = await testActor(db, 'team-manager');
    family = await adaBenAndRestrictedCora(db, actor, 'Permanent');
    for (const childId of [family.ada, family.ben, family.cora])
      await startPeriodOfCare(db, actor, {
        childId,
        startDate: '2025-01-10',
        legalStatus: 'C1',
        categoryOfNeed: 'N1',
        placementType: 'U6',
      });
    harbour.clock.setToday('2026-12-02');
  });
  after(() => harbour.close());

  test('the plan and the adoption route are recorded step by step, with the scorecard days against 426 and 121', async () => {
    const { ben } = family;
    const worker = await signedInAgent(harbour, 'practitioner');
    const base = `/children/${ben}/permanence`;
    let response = await submitForm(worker, `${base}/plan`, `${base}/plan`, {
      planType: 'adoption',
      ...dateFields('startDate', '2025-03-01'),
    });
    assert.equal(response.status, 302);
    response = await submitForm(worker, `${base}/adoption/decision`, `${base}/adoption/decision`, {
      fosteringForAdoption: 'no',
      ...dateFields('shouldBePlacedDate', '2025-06-01'),
    });
    assert.equal(response.status, 302);
    const progressPage = pageOf((await worker.get(`${base}/adoption`)).text);
    const version = String(progressPage('input[name="version"]').val());
    response = await submitForm(worker, `${base}/adoption`, `${base}/adoption`, {
      version,
      ...dateFields('placementOrderDate', '2025-09-01'),
      ...dateFields('matchedDate', '2026-01-05'),
      ...dateFields('placedDate', '2026-02-20'),
    });
    assert.equal(response.status, 302, errorSummary(response.text).join());
    const page = pageOf((await worker.get(base)).text);
    const text = page('main').text().replace(/\s+/g, ' ');
    assert.deepEqual(tableRows(page.html(), '#plans'), ['Adoption|1 March 2025|Current']);
    assert.match(text, /Placed for adoption/);
    // 10 January 2025 to 20 February 2026; 1 September 2025 to 5 January 2026.
    assert.match(text, /Entering care to moving in \(A1\) 406 days \(within 426\)/);
    assert.match(text, /Placement order to match \(A2\) 126 days \(over 121\)/);

    // The same form again, from a page opened before the change: someone else's version is shown.
    response = await submitForm(worker, `${base}/adoption`, `${base}/adoption`, {
      version,
      ...dateFields('adoptionOrderDate', '2026-11-01'),
    });
    assert.equal(response.status, 409);
    assert.match(errorSummary(response.text)[0]!, /Someone else changed this record/);
    assert.equal(pageOf(response.text)('#adoptionOrderDate-day').val(), '1', 'what was typed is kept');
  });

  test('the adopters are recorded with the match as the 903 counts them, their sexes agreeing with their legal status', async () => {
    const { ben } = family;
    const worker = await signedInAgent(harbour, 'practitioner');
    const base = `/children/${ben}/permanence`;
    const version = String(pageOf((await worker.get(`${base}/adoption`)).text)('input[name="version"]').val());
    // Rule 514 and 520: a married couple of different sexes is not one adopter.
    let response = await submitForm(worker, `${base}/adoption`, `${base}/adoption`, {
      version,
      adoptersSex: 'F1',
      adoptersLegalStatus: 'L11',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text), [
      'A married couple of different sexes cannot be one adopter, a woman: check both answers',
    ]);
    assert.equal(pageOf(response.text)('input[name="adoptersSex"]:checked').val(), 'F1', 'what was chosen is kept');
    response = await submitForm(worker, `${base}/adoption`, `${base}/adoption`, { version, adoptersSex: 'F1' });
    assert.deepEqual(errorSummary(response.text), ['Select the adopters’ legal status']);
    response = await submitForm(worker, `${base}/adoption`, `${base}/adoption`, {
      version,
      adoptersSex: 'F1',
      adoptersLegalStatus: 'L0',
    });
    assert.equal(response.status, 302, errorSummary(response.text).join());
    const text = pageOf((await worker.get(base)).text)('main')
      .text()
      .replace(/\s+/g, ' ');
    assert.match(text, /Adopters One adopter, a woman \(F1\); a single person \(L0\)/);
    // Recorded once: a change is a correction with its reason.
    assert.equal(pageOf((await worker.get(`${base}/adoption`)).text)('input[name="adoptersSex"]').length, 0);
  });

  test('bad input is shown again with GOV.UK errors and the fields kept; nothing is saved', async () => {
    const { ada } = family;
    const worker = await signedInAgent(harbour, 'practitioner');
    const base = `/children/${ada}/permanence`;
    const response = await submitForm(worker, `${base}/plan`, `${base}/plan`, {
      planType: 'not-a-plan',
      'startDate-day': '31',
      'startDate-month': '2',
      'startDate-year': '2026',
    });
    assert.equal(response.status, 400);
    assert.deepEqual(errorSummary(response.text).length, 2);
    assert.equal(pageOf(response.text)('#startDate-day').val(), '31');
    const plans = await harbour.database.db
      .selectFrom('permanence_plans')
      .select('id')
      .where('child_id', '=', ada)
      .execute();
    assert.equal(plans.length, 0);
    // No adoption route yet: there is no step to record.
    assert.equal((await worker.get(`${base}/adoption`)).status, 404);
    // The store's rule on its field: long-term fostering confirmed before the panel.
    const refused = await submitForm(worker, `${base}/long-term-fostering`, `${base}/long-term-fostering`, {
      ...dateFields('panelDate', '2026-05-01'),
      ...dateFields('confirmedDate', '2026-04-01'),
    });
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), ['Long-term fostering must be confirmed on or after the panel']);
  });

  test('brothers and sisters placed apart are recorded once for the group, with the reason; a restricted sister is not offered', async () => {
    const { ada, ben, cora } = family;
    const worker = await signedInAgent(harbour, 'practitioner');
    const form = `/children/${ada}/permanence/siblings`;
    const shown = (await worker.get(form)).text;
    assert.match(shown, /Ben Permanent/);
    assert.doesNotMatch(shown, /Cora/);
    const noReason = await submitForm(worker, form, form, {
      together: String(ben),
      placed: 'apart',
      ...dateFields('decidedDate', '2026-11-20'),
    });
    assert.equal(noReason.status, 400);
    assert.deepEqual(errorSummary(noReason.text), ['Enter why they are not all placed together']);
    const notOffered = await submitForm(worker, form, form, {
      together: String(cora),
      placed: 'together',
      ...dateFields('decidedDate', '2026-11-20'),
    });
    assert.equal(notOffered.status, 400);
    const saved = await submitForm(worker, form, form, {
      together: String(ben),
      placed: 'apart',
      reason: 'Ben needs a home on his own while his needs are assessed',
      ...dateFields('decidedDate', '2026-11-20'),
    });
    assert.equal(saved.status, 302);
    const rows = await harbour.database.db
      .selectFrom('sibling_placements')
      .select(['child_id', 'sibling_group', 'placed'])
      .orderBy('child_id')
      .execute();
    assert.deepEqual(
      rows.map((row) => [row.child_id, row.placed]),
      [
        [ada, 'apart'],
        [ben, 'apart'],
      ],
    );
    assert.equal(rows[0]!.sibling_group, rows[1]!.sibling_group);
    // Each child's chronology carries the decision on their own record, naming no one else.
    const events = await permanenceChronology(harbour.database.db, [ben]);
    assert.deepEqual(
      events.filter((event) => event.type === 'siblings-placed').map((event) => [event.summary, event.childIds]),
      [['Brothers and sisters: Placed apart (Ben needs a home on his own while his needs are assessed)', [ben]]],
    );
  });

  test('the tracker lists each child with a plan, the stage and scorecard days; a restricted child is counted, not named', async () => {
    const { ada, ben, cora } = family;
    const db = harbour.database.db;
    await setPermanencePlan(db, actor, { childId: cora, planType: 'long-term-fostering', startDate: '2025-05-01' });
    await setPermanencePlan(db, actor, { childId: ada, planType: 'special-guardianship', startDate: '2025-05-01' });
    const manager = await signedInAgent(harbour, 'team-manager');
    const before = await db.selectFrom('audit_events').select(db.fn.max('id').as('id')).executeTakeFirstOrThrow();
    const response = await manager.get('/permanence/tracker');
    assert.equal(response.status, 200);
    assert.deepEqual(tableRows(response.text, '#tracker'), [
      'Ben Permanent|Adoption from 1 March 2025|Placed for adoption|10 January 2025|406|126 Over 121|Placed apart: Ben needs a home on his own while his needs are assessed',
      'Ada Permanent|Special guardianship order from 1 May 2025|Plan agreed|10 January 2025|–|–|Placed apart: Ben needs a home on his own while his needs are assessed',
    ]);
    assert.doesNotMatch(response.text, /Cora/);
    assert.match(pageOf(response.text)('#restricted-withheld').text(), /A child with a restricted record is counted/);
    assert.match(response.text, /3 children, 1 with a plan for adoption/);
    // Ada and Ben are one group placed apart; Cora, restricted, has no decision recorded.
    assert.equal(
      pageOf(response.text)('#sibling-groups').text(),
      'Brothers and sisters: 0 groups placed together (0 children), 1 group not all placed together (2 children).',
    );
    const listed = await db
      .selectFrom('audit_events')
      .select(['event', 'detail'])
      .where('id', '>', Number(before.id ?? 0))
      .where('event', '=', 'children-listed')
      .execute();
    assert.deepEqual(
      listed.map((event) => (event.detail as { childIds: number[] }).childIds),
      [[ben, ada]],
    );
    assert.equal((await (await signedInAgent(harbour, 'practitioner')).get('/permanence/tracker')).status, 403);
  });

  test('the adoption route’s dates, a special guardianship order and long-term fostering corrected with a reason', async () => {
    const { db } = harbour.database;
    const { ada, ben } = family;
    const worker = await signedInAgent(harbour, 'practitioner');
    const plan = await db
      .selectFrom('adoption_plans')
      .select('id')
      .where('child_id', '=', ben)
      .executeTakeFirstOrThrow();
    const order = await recordSpecialGuardianshipOrder(db, actor, { childId: ada, orderDate: '2026-10-01' });
    const fostering = await confirmLongTermFostering(db, actor, {
      childId: ada,
      panelDate: '2026-09-01',
      confirmedDate: '2026-09-08',
    });
    const cases: (Parameters<typeof assertCorrection>[3] & { child: number; path: string })[] = [
      {
        child: ben,
        path: `adoption/${plan.id}`,
        table: 'adoption_plans',
        recordId: plan.id,
        fields: dateFields('placementOrderDate', '2025-09-02'),
        column: 'placement_order_date',
        previous: '2025-09-01',
        now: '2025-09-02',
      },
      {
        child: ben,
        path: `adoption/${plan.id}`,
        table: 'adoption_plans',
        recordId: plan.id,
        fields: { adoptersSex: 'MF', adoptersLegalStatus: 'L3' },
        column: 'adopters_sex',
        previous: 'F1',
        now: 'MF',
      },
      {
        child: ada,
        path: `special-guardianship-orders/${order.id}`,
        table: 'special_guardianship_orders',
        recordId: order.id,
        fields: dateFields('orderDate', '2026-10-02'),
        column: 'order_date',
        previous: '2026-10-01',
        now: '2026-10-02',
      },
      {
        child: ada,
        path: `long-term-fostering/${fostering.id}`,
        table: 'long_term_fostering_confirmations',
        recordId: fostering.id,
        fields: dateFields('confirmedDate', '2026-09-09'),
        column: 'confirmed_date',
        previous: '2026-09-08',
        now: '2026-09-09',
      },
    ];
    for (const { child, path, ...correction } of cases) {
      const form = `/children/${child}/permanence/${path}/correct`;
      const page = pageOf((await worker.get(`/children/${child}/permanence`)).text);
      assert.equal(page(`a[href="${form}"]`).length, 1, `the permanence page links to ${form}`);
      await assertCorrection(db, worker, form, correction);
    }
    // A correction the 903's rules refuse (rule 514: a single adopter is one person) is on its field.
    const form = `/children/${ben}/permanence/adoption/${plan.id}/correct`;
    const values = { ...formValues((await worker.get(form)).text), adoptersLegalStatus: 'L0', reason: 'Checked' };
    const refused = await submitForm(worker, form, form, values);
    assert.equal(refused.status, 400);
    assert.deepEqual(errorSummary(refused.text), [
      'The adopters’ legal status does not fit one adopter or a couple as given (903 rules 514 to 524)',
    ]);
    // The scorecard is counted from the corrected date: 2 September 2025 to 5 January 2026.
    assert.match(
      pageOf((await worker.get(`/children/${ben}/permanence`)).text)('main')
        .text()
        .replace(/\s+/g, ' '),
      /Placement order to match \(A2\) 125 days/,
    );
  });
});
