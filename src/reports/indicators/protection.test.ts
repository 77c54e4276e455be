// Assessment and protection figures from hand-made records, each expected value worked out below
// from the indicator's definition.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixturePopulation, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { addWorkingDays, isBankHoliday } from '../../core/workingDays.ts';
import { breakdownOf, childrenBehind } from './compute.ts';
import { indicatorById } from './catalogue.ts';
import { monthPeriod } from './periods.ts';

const month = (text: string) => Temporal.PlainYearMonth.from(text);
const day = (text: string) => Temporal.PlainDate.from(text);
const indicator = (id: string) => indicatorById(id)!;
const workingDaysOn = (from: string, n: number) => addWorkingDays(day(from), n).toString();

describe('assessment and protection figures from hand-made records', () => {
  let database: HarbourDatabase;
  const children: Record<string, number> = {};
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    await fixturePopulation(db, 2025, 36_000);
    await fixturePopulation(db, 2026, 36_000);
    for (const name of ['ada', 'ben', 'cal', 'dee', 'eve', 'fay', 'gus', 'hal'])
      children[name] = await fixtureChild(db, { locality: ['ada', 'ben'].includes(name) ? 'North' : 'South' });
    const referral = (name: string, date: string, closed: string | null = null, nfa = false) => ({
      child_id: children[name],
      referral_date: date,
      source: '6',
      no_further_action: nfa,
      closure_date: closed,
      closure_reason: closed ? 'RC7' : null,
    });
    const [adaReferral, benReferral, calReferral] = await fixtureRows(db, 'referrals', [
      // Ada, Ben and Cal: referred on Thursday 6 November 2025, still open (Cal's closes on 10 February).
      referral('ada', '2025-11-06'),
      referral('ben', '2025-11-06'),
      referral('cal', '2025-11-06', '2026-02-10'),
      // Dee: no further action, not yet closed: not a child in need.
      referral('dee', '2026-01-20', null, true),
      // Eve: referred on 31 January 2026, the month's last day. Fay: closed on 31 January.
      referral('eve', '2026-01-31'),
      referral('fay', '2025-12-01', '2026-01-31'),
    ]);
    const assessment = (name: string, referralId: number, authorised: string | null, seenAlone: boolean) => ({
      child_id: children[name],
      referral_id: referralId,
      start_date: '2025-11-10',
      child_seen_date: '2025-11-12',
      child_seen_alone: seenAlone,
      authorisation_date: authorised,
    });
    await fixtureRows(db, 'assessments', [
      // Ada's authorised on the 45th working day after her referral, Ben's on the 46th (see the test).
      assessment('ada', adaReferral!, workingDaysOn('2025-11-06', 45), true),
      assessment('ben', benReferral!, workingDaysOn('2025-11-06', 46), false),
      // Cal's never authorised: open until his referral closed on 10 February.
      assessment('cal', calReferral!, null, false),
    ]);

    // Section 47 enquiries, each started by a strategy discussion held the day it starts.
    const enquiry = async (
      name: string,
      held: string,
      ended: string,
      outcome: string,
      conference?: { on: string; outcome: 'plan' | 'no-plan' },
    ) => {
      const [discussionId] = await fixtureRows(db, 'strategy_discussions', [
        { child_id: children[name], decision_date: held, held_date: held, decision: 'section-47' },
      ]);
      const [enquiryId] = await fixtureRows(db, 'section_47_enquiries', [
        {
          child_id: children[name],
          strategy_discussion_id: discussionId,
          start_date: held,
          end_date: ended,
          outcome,
          initial_conference_not_required: !conference,
        },
      ]);
      if (conference)
        await fixtureRows(db, 'child_protection_conferences', [
          {
            child_id: children[name],
            type: 'initial',
            conference_date: conference.on,
            section_47_enquiry_id: enquiryId,
            outcome: conference.outcome,
            category: conference.outcome === 'plan' ? 'NEG' : null,
          },
        ]);
    };
    // Dee and Eve: strategy discussions on Thursday 26 March 2026; conferences on the 15th and 16th
    // working days after (Good Friday and Easter Monday are not working days).
    await enquiry('dee', '2026-03-26', '2026-04-10', 'initial-conference', {
      on: workingDaysOn('2026-03-26', 15),
      outcome: 'no-plan',
    });
    await enquiry('eve', '2026-03-26', '2026-04-10', 'initial-conference', {
      on: workingDaysOn('2026-03-26', 16),
      outcome: 'no-plan',
    });
    // Fay: not substantiated, no conference. Gus: a conference dated the day before his enquiry began
    // (so it did not follow it). Hal: a conference the day after.
    await enquiry('fay', '2026-04-01', '2026-04-15', 'not-substantiated');
    await enquiry('gus', '2026-04-08', '2026-04-20', 'initial-conference', { on: '2026-04-07', outcome: 'no-plan' });
    await enquiry('hal', '2026-04-01', '2026-04-02', 'initial-conference', { on: '2026-04-02', outcome: 'no-plan' });

    // Child protection plans, each made by an initial conference on its first day.
    const plan = async (name: string, start: string, end: string | null, initial: string, latest: string) => {
      const [conferenceId] = await fixtureRows(db, 'child_protection_conferences', [
        { child_id: children[name], type: 'initial', conference_date: start, outcome: 'plan', category: initial },
      ]);
      await fixtureRows(db, 'child_protection_plans', [
        {
          child_id: children[name],
          conference_id: conferenceId,
          start_date: start,
          end_date: end,
          initial_category: initial,
          latest_category: latest,
        },
      ]);
    };
    // Ada: a first plan of exactly two years, ending on Monday 12 January 2026 as her second begins.
    await plan('ada', '2024-01-12', '2026-01-12', 'NEG', 'NEG');
    await plan('ada', '2026-01-12', null, 'EMO', 'EMO');
    // Ben: from 3 March 2025 to 30 January 2026. Cal: from Saturday 31 January 2026, his first.
    await plan('ben', '2025-03-03', '2026-01-30', 'PHY', 'PHY');
    await plan('cal', '2026-01-31', null, 'NEG', 'PHY');

    const visit = (name: string, on: string, seen = true, purpose = 'child-protection') => ({
      child_id: children[name],
      visit_date: on,
      purpose,
      child_seen: seen,
    });
    await fixtureRows(db, 'visits', [
      // Ada seen on Wednesday 17 December 2025 (her first plan), then on Friday 16 January 2026 (her
      // second); on 30 January she was not seen, and a child in need visit is not a CP visit.
      visit('ada', '2025-12-17'),
      visit('ada', '2026-01-16'),
      visit('ada', '2026-01-30', false),
      visit('ada', '2026-01-29', true, 'child-in-need'),
      // Ben last seen on Wednesday 10 December 2025.
      visit('ben', '2025-12-10'),
    ]);
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('assessments within 45 working days across Christmas: the 45th working day counts, the 46th does not', async () => {
    // From Thursday 6 November 2025 (day 0), skipping Christmas Day, Boxing Day and New Year's Day
    // (bank holidays), the 45th working day is Tuesday 13 January 2026 and the 46th Wednesday 14th.
    assert.ok(['2025-12-25', '2025-12-26', '2026-01-01'].every((holiday) => isBankHoliday(day(holiday))));
    assert.equal(workingDaysOn('2025-11-06', 45), '2026-01-13');
    assert.equal(workingDaysOn('2025-11-06', 46), '2026-01-14');
    const values = await figures(
      ['assessments-authorised', 'assessments-within-45-days', 'assessments-seen-alone'],
      ['2025-12', '2026-01'],
    );
    assert.equal(values['assessments-authorised 2026-01'], 2);
    assert.equal(values['assessments-within-45-days 2026-01'], 50); // Ada's, not Ben's
    assert.equal(values['assessments-within-45-days 2026-01-ytd'], 50);
    assert.equal(values['assessments-within-45-days 2025-12'], null); // none authorised: no figure
    assert.equal(values['assessments-seen-alone 2026-01'], 50); // Ada seen alone, Ben not
  });

  test('open assessments past 45 working days on the period’s last day', async () => {
    const values = await figures(['assessments-open-past-45-days'], ['2025-12', '2026-01', '2026-02']);
    // 31 December: Ada's, Ben's and Cal's open, none past 13 January.
    assert.equal(values['assessments-open-past-45-days 2025-12'], 0);
    // 31 January: Cal's, still open, is past it (Ada's and Ben's were authorised).
    assert.equal(values['assessments-open-past-45-days 2026-01'], 1);
    // 28 February: Cal's referral closed on 10 February, so his assessment is no longer open.
    assert.equal(values['assessments-open-past-45-days 2026-02'], 0);
  });

  test('section 47 enquiries, their rate and those leading to an initial conference', async () => {
    const values = await figures(
      ['section-47-enquiries', 'section-47-rate', 'section-47-to-conference'],
      ['2026-03', '2026-04'],
    );
    assert.equal(values['section-47-enquiries 2026-03'], 2); // Dee, Eve
    assert.equal(values['section-47-enquiries 2026-04'], 3); // Fay, Gus, Hal
    // April begins a new reporting year: its year to date is April alone.
    assert.equal(values['section-47-enquiries 2026-04-ytd'], 3);
    assert.equal(values['section-47-rate 2026-04'], 0.8); // 3 ÷ 36,000 × 10,000 = 0.83
    // Ended in April: Dee, Eve, Fay, Gus, Hal; followed by a conference: Dee, Eve, Hal (Gus's was
    // dated before his enquiry) — 3 of 5.
    assert.equal(values['section-47-to-conference 2026-04'], 60);
  });

  test('initial conferences within 15 working days of the strategy discussion, over Easter', async () => {
    // Thursday 26 March 2026 + 15 working days, Good Friday and Easter Monday skipped: Monday 20 April.
    assert.equal(workingDaysOn('2026-03-26', 15), '2026-04-20');
    const values = await figures(['conferences-within-15-days'], ['2026-04']);
    // Dee's (20 April) and Hal's (the day after) in time, Eve's (21 April) not; Gus's, dated before
    // his enquiry, left out — 2 of 3.
    assert.equal(values['conferences-within-15-days 2026-04'], 66.7);
  });

  test('children on plans as at the month end: a child with two plans counts once', async () => {
    const values = await figures(['child-protection-plans', 'child-protection-plan-rate'], ['2025-12', '2026-01']);
    assert.equal(values['child-protection-plans 2025-12'], 2); // Ada (first plan), Ben
    // 31 January: Ada once (her first plan ended on the 12th as her second began) and Cal, whose plan
    // began that day; Ben's ended on the 30th.
    assert.equal(values['child-protection-plans 2026-01'], 2);
    assert.equal(values['child-protection-plans 2026-01-ytd'], 2);
    assert.equal(values['child-protection-plan-rate 2026-01'], 0.6); // 2 ÷ 36,000 × 10,000 = 0.56
    const byCategory = await breakdownOf(
      database.db,
      indicator('child-protection-plans'),
      monthPeriod(month('2026-01')),
      'category',
    );
    // By the latest category: Ada's emotional abuse, Cal's physical abuse (his plan began under neglect).
    assert.deepEqual(
      byCategory.map((row) => [row.group, row.numerator]),
      [
        ['Emotional abuse', 1],
        ['Physical abuse', 1],
      ],
    );
  });

  test('second or subsequent plans, and plans ending after 2 years or more', async () => {
    const values = await figures(
      ['child-protection-plans-repeat', 'child-protection-plans-two-years'],
      ['2025-03', '2026-01'],
    );
    // Started in January: Ada's second (repeat) and Cal's first — 1 of 2.
    assert.equal(values['child-protection-plans-repeat 2026-01'], 50);
    assert.equal(values['child-protection-plans-repeat 2025-03'], 0); // Ben's first
    // Ended in January: Ada's first, of exactly two years (counted), Ben's of 11 months — 1 of 2.
    assert.equal(values['child-protection-plans-two-years 2026-01'], 50);
    const behind = await childrenBehind(
      database.db,
      indicator('child-protection-plans-repeat'),
      monthPeriod(month('2026-01')),
    );
    assert.deepEqual(
      behind.map((row) => [row.childId, row.inNumerator]),
      [
        [children.ada, true],
        [children.cal, false],
      ],
    );
  });

  test('CP visits on time: the child seen within the standard’s working days of the month end', async () => {
    const onTime = (lastSeen: string, asAt: string, every = 10) =>
      Temporal.PlainDate.compare(day(asAt), addWorkingDays(day(lastSeen), every)) <= 0;
    // 31 December: Ada seen on 17 December (due 5 January) on time; Ben seen on 10 December (due
    // 24 December) overdue.
    assert.equal(onTime('2025-12-17', '2025-12-31'), true);
    assert.equal(onTime('2025-12-10', '2025-12-31'), false);
    // Saturday 31 January: Ada's second plan's visit of Friday 16 January was due again on Friday
    // 30th (her unseen visit and her child in need visit do not count): overdue the next day. Cal's
    // plan began that day: on time.
    assert.equal(workingDaysOn('2026-01-16', 10), '2026-01-30');
    assert.equal(onTime('2026-01-16', '2026-01-31'), false);
    const values = await figures(['child-protection-visits-on-time'], ['2025-12', '2026-01']);
    assert.equal(values['child-protection-visits-on-time 2025-12'], 50);
    assert.equal(values['child-protection-visits-on-time 2026-01'], 50);
  });

  test('CP visits on time follow the council’s standard when it sets one', async () => {
    const { db } = database;
    // At 11 working days, Ada's visit of 16 January is due on Monday 2 February: on time on the 31st.
    assert.equal(workingDaysOn('2026-01-16', 11), '2026-02-02');
    await db
      .insertInto('harbour_settings')
      .values({ key: 'timescale-settings', value: JSON.stringify({ childProtectionVisitWorkingDays: 11 }) })
      .execute();
    try {
      const values = await figures(['child-protection-visits-on-time'], ['2026-01']);
      assert.equal(values['child-protection-visits-on-time 2026-01'], 100);
    } finally {
      await db.deleteFrom('harbour_settings').where('key', '=', 'timescale-settings').execute();
    }
  });

  test('children in need as at the month end: open referrals, not those closed with no further action', async () => {
    const values = await figures(['children-in-need', 'children-in-need-rate'], ['2025-12', '2026-01', '2026-02']);
    // 31 December: Ada, Ben, Cal, Fay.
    assert.equal(values['children-in-need 2025-12'], 4);
    // 31 January: Ada, Ben, Cal and Eve (referred that day); not Fay (closed that day) nor Dee (NFA).
    assert.equal(values['children-in-need 2026-01'], 4);
    assert.equal(values['children-in-need-rate 2026-01'], 1.1); // 4 ÷ 36,000 × 10,000 = 1.11
    // 28 February: Cal's closed on the 10th.
    assert.equal(values['children-in-need 2026-02'], 3);
    const byLocality = await breakdownOf(
      database.db,
      indicator('children-in-need'),
      monthPeriod(month('2026-01')),
      'locality',
    );
    assert.deepEqual(
      byLocality.map((row) => [row.group, row.numerator]),
      [
        ['North', 2],
        ['South', 2],
      ],
    );
  });
});
