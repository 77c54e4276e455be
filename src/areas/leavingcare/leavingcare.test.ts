import { areaJourneyOf } from '../../platform/records/byChild.ts';
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../platform/access/audit.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { amendmentsOf } from '../../platform/records/amend.ts';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { childJourney, dueItems } from '../../reports/timescales/index.ts';
import { endPeriodOfCare, startPeriodOfCare } from '../care/store.ts';
import { careJourney } from '../care/journey.ts';
import { aChild, auditedChildren, refusedAt } from '../../app/testing/records.ts';
import { testActor } from '../../app/testing/actors.ts';
import { leavingCareChronology } from './chronology.ts';
import { leavingCareJourney } from './journey.ts';
import { eligibleDateOf, keepsInTouch } from './model.ts';
import {
  changePersonalAdviser,
  recordCareLeaver,
  recordCareLeaverContact,
  recordCareLeaverProgress,
  recordPathwayPlan,
  recordPathwayPlanReview,
  setEligibility,
  viewCareLeaverRecord,
  type PersonalAdviser,
} from './store.ts';

describe('care leaver rules', () => {
  test('only a contact in which we were in touch keeps in touch', () => {
    assert.equal(keepsInTouch('YES'), true);
    assert.equal(keepsInTouch('REFU'), false);
    assert.equal(keepsInTouch('NO'), false);
  });

  test('the eligible date is the first category owed a pathway plan', () => {
    assert.equal(
      eligibleDateOf([
        { category: 'qualifying', startDate: '2023-01-01' },
        { category: 'relevant', startDate: '2024-05-01' },
        { category: 'former-relevant', startDate: '2025-01-01' },
      ]),
      '2024-05-01',
    );
    assert.equal(eligibleDateOf([{ category: 'qualifying', startDate: '2023-01-01' }]), undefined);
  });
});

describe('leaving care records', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  let ivy: number;
  let jon: number;

  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'practitioner');
    ivy = await aChild(database.db, actor, { forename: 'Ivy', surname: 'Shaw', dateOfBirth: '2008-04-10' });
    jon = await aChild(database.db, actor, { forename: 'Jon', surname: 'Pike', dateOfBirth: '2008-01-01' });
    await startPeriodOfCare(database.db, actor, {
      childId: ivy,
      startDate: '2020-01-01',
      legalStatus: 'C2',
      categoryOfNeed: 'N1',
      placementType: 'U4',
      placementProvider: 'PR1',
    });
    await endPeriodOfCare(database.db, actor, { childId: ivy, endDate: '2026-04-10', reasonCeased: 'E17' });
  });
  after(() => database.close());

  test('a care leaver with a personal adviser, categories over time, needs assessment, pathway plan and reviews', async () => {
    const { db } = database;
    const careLeaver = await recordCareLeaver(db, actor, { childId: ivy, personalAdviser: { name: 'Sam Adviser' } });
    assert.deepEqual(await auditedChildren(db, 'care_leavers', careLeaver.id), [String(ivy)]);
    await refusedAt(recordCareLeaver(db, actor, { childId: ivy }), 'childId');
    await refusedAt(
      recordCareLeaver(db, actor, {
        childId: jon,
        personalAdviser: { userId: actor.userId!, name: 'Both' } as unknown as PersonalAdviser,
      }),
      'personalAdviser',
    );
    const progressed = await recordCareLeaverProgress(db, actor, {
      careLeaverId: careLeaver.id,
      version: careLeaver.version,
      needsAssessmentDate: '2024-06-01',
    });
    await changePersonalAdviser(db, actor, {
      careLeaverId: careLeaver.id,
      childId: ivy,
      version: progressed.version,
      personalAdviser: { userId: actor.userId! },
      reason: 'Sam moved team',
    });
    const history = await amendmentsOf(db, 'care_leavers', careLeaver.id);
    assert.deepEqual(history.map((a) => [a.field, a.previous_value]).sort(), [
      ['personal_adviser_name', 'Sam Adviser'],
      ['personal_adviser_user_id', null],
    ]);

    await setEligibility(db, actor, { childId: ivy, category: 'eligible', startDate: '2024-04-10' });
    await setEligibility(db, actor, { childId: ivy, category: 'former-relevant', startDate: '2026-04-10' });
    await refusedAt(
      setEligibility(db, actor, { childId: ivy, category: 'relevant', startDate: '2025-01-01' }),
      'startDate',
    );

    const plan = await recordPathwayPlan(db, actor, { childId: ivy, planDate: '2024-07-01' });
    await recordPathwayPlanReview(db, actor, { childId: ivy, pathwayPlanId: plan.id, reviewDate: '2025-01-05' });
    await recordPathwayPlanReview(db, actor, { childId: ivy, pathwayPlanId: plan.id, reviewDate: '2025-07-01' });
    await refusedAt(
      recordPathwayPlanReview(db, actor, { childId: jon, pathwayPlanId: plan.id, reviewDate: '2025-07-01' }),
      'pathwayPlanId',
    );
  });

  test('keeping in touch: in touch code, accommodation with its suitability, activity', async () => {
    const { db } = database;
    await refusedAt(
      recordCareLeaverContact(db, actor, {
        childId: ivy,
        contactDate: '2027-03-01',
        inTouch: 'YES',
        accommodation: 'E',
      }),
      'accommodationSuitable',
    );
    await refusedAt(
      recordCareLeaverContact(db, actor, {
        childId: ivy,
        contactDate: '2027-03-01',
        inTouch: 'RHOM',
        accommodation: 'B',
        accommodationSuitable: true,
      }),
      'accommodation',
    );
    await refusedAt(
      recordCareLeaverContact(db, actor, { childId: ivy, contactDate: '2027-03-01', inTouch: 'MAYBE' as 'YES' }),
      'inTouch',
    );
    await recordCareLeaverContact(db, actor, { childId: ivy, contactDate: '2027-03-01', inTouch: 'NO' });
    const contact = await recordCareLeaverContact(db, actor, {
      childId: ivy,
      contactDate: '2027-04-01',
      inTouch: 'YES',
      accommodation: 'E',
      accommodationSuitable: true,
      activity: 'F1',
    });
    assert.deepEqual(await auditedChildren(db, 'care_leaver_contacts', contact.id), [String(ivy)]);
    const record = await viewCareLeaverRecord(db, actor, ivy);
    assert.equal(record.contacts.length, 2);
    assert.equal(record.careLeaver?.personal_adviser_user_id, actor.userId);
  });

  test('journey: the care leaver as the timescale engine reads it, and its due items', async () => {
    const { db } = database;
    const journey = await areaJourneyOf(leavingCareJourney, db, ivy);
    assert.deepEqual(
      journey.careLeaver && {
        ...journey.careLeaver,
        pathwayPlanReviews: journey.careLeaver.pathwayPlanReviews.map((r) => r.date),
        keepingInTouch: journey.careLeaver.keepingInTouch.map((c) => c.date),
      },
      {
        eligibleDate: '2024-04-10',
        needsAssessmentDate: '2024-06-01',
        pathwayPlanDate: '2024-07-01',
        pathwayPlanReviews: ['2025-01-05', '2025-07-01'],
        keepingInTouch: ['2027-04-01'],
      },
    );
    assert.deepEqual(await areaJourneyOf(leavingCareJourney, db, jon), {});
    const items = dueItems(
      childJourney(
        { id: String(ivy), dateOfBirth: '2008-04-10' },
        { ...(await areaJourneyOf(careJourney, db, ivy)), ...journey },
      ),
      Temporal.PlainDate.from('2027-06-01'),
    );
    const lines = (rule: string) =>
      items.filter((item) => item.rule === rule).map((item) => `${item.dueOn.toString()} ${item.status}`);
    // Reg 42: 3 months from the 16th birthday, met when both the assessment and the plan are done.
    assert.deepEqual(lines('pathway-needs-assessment'), ['2024-07-10 met']);
    assert.deepEqual(lines('pathway-plan-review').slice(0, 2), ['2025-01-01 metLate', '2025-07-05 met']);
    // 18th birthday (the day she left care): no contact. 19th, 10 April 2027: in touch on 1 April; the 'NO' contact does not count.
    assert.deepEqual(lines('care-leaver-contact').slice(0, 2), ['2026-05-10 overdue', '2027-05-10 met']);
  });

  test('chronology: categories, pathway plans and contacts in order', async () => {
    const events = await leavingCareChronology(database.db, [ivy]);
    assert.deepEqual(
      events.map((event) => [event.date, event.summary]),
      [
        ['2024-04-10', 'Care leaver category: Eligible child (aged 16 or 17 and still looked after)'],
        ['2024-06-01', 'Needs assessment for the pathway plan completed'],
        ['2024-07-01', 'Pathway plan written'],
        ['2025-01-05', 'Pathway plan reviewed'],
        ['2025-07-01', 'Pathway plan reviewed'],
        ['2026-04-10', 'Care leaver category: Former relevant child (aged 18 to 25)'],
        ['2027-03-01', 'Keeping in touch contact: Not in touch'],
        [
          '2027-04-01',
          'Keeping in touch contact: In touch; accommodation Supported lodgings (E), suitable; activity Full-time in higher education (F1)',
        ],
      ],
    );
  });
});
