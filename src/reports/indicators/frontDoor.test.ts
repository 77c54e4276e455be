// Front door and early help figures from hand-made records, each expected value worked out below
// from the indicator's definition.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { testDatabase } from '../../app/testing/testDatabase.ts';
import { fixtureChild, fixturePopulation, fixtureRows, indicatorFigures } from '../../app/testing/indicatorFixtures.ts';
import type { HarbourDatabase } from '../../platform/db/connection.ts';
import { addWorkingDays } from '../../core/workingDays.ts';
import { breakdownOf, childrenBehind } from './compute.ts';
import { indicatorById } from './catalogue.ts';
import { monthPeriod } from './periods.ts';

const month = (text: string) => Temporal.PlainYearMonth.from(text);
const indicator = (id: string) => indicatorById(id)!;

describe('front door and early help figures from hand-made records', () => {
  let database: HarbourDatabase;
  const children: Record<string, number> = {};
  before(async () => {
    database = await testDatabase();
    const { db } = database;
    await fixturePopulation(db, 2025, 36_000);
    await fixturePopulation(db, 2026, 36_000);
    for (const name of ['ada', 'ben', 'cal', 'dee', 'eve', 'fay'])
      children[name] = await fixtureChild(db, { locality: ['ada', 'ben'].includes(name) ? 'North' : 'South' });

    const contact = async (
      receivedAt: string,
      names: string[],
      source: string,
      levelOfNeed: number | null,
      decidedAt: string | null,
    ) => {
      const [contactId] = await fixtureRows(db, 'contacts', [
        { received_at: receivedAt, source, level_of_need: levelOfNeed, consent: 'given', concerns: 'Concerns' },
      ]);
      await db
        .insertInto('contact_children')
        .values(names.map((name) => ({ contact_id: contactId!, child_id: children[name]! })))
        .execute();
      if (decidedAt)
        await fixtureRows(db, 'contact_decisions', [
          {
            contact_id: contactId,
            contact_received_at: receivedAt,
            decided_at: decidedAt,
            outcome: 'advice',
            reasons: 'Reasons',
          },
        ]);
    };
    // Friday 9 January 2026, about Ada and Ben, decided on Monday 12th: the next working day.
    await contact('2026-01-09T09:00:00Z', ['ada', 'ben'], '6', 3, '2026-01-12T10:00:00Z');
    // Thursday 15 January, decided on Saturday 17th: after Friday 16th, the next working day.
    await contact('2026-01-15T10:00:00Z', ['cal'], '2A', 2, '2026-01-17T09:00:00Z');
    // Saturday 24 January, decided on Monday 26th: the first working day after it.
    await contact('2026-01-24T11:00:00Z', ['dee'], '6', 4, '2026-01-26T16:00:00Z');
    // Friday 30 January, not yet decided.
    await contact('2026-01-30T15:00:00Z', ['fay'], '3A', null, null);
    // 23:30 on Monday 30 June 2025 by the clock in UTC is 00:30 on Tuesday 1 July in England (summer
    // time): a July contact, whose next working day is Wednesday 2 July.
    await contact('2025-06-30T23:30:00Z', ['eve'], '1A', 1, '2025-07-02T16:00:00Z');

    const episode = (name: string, start: string, end: string | null, extra: Record<string, unknown> = {}) => ({
      child_id: children[name],
      start_date: start,
      end_date: end,
      end_reason: end ? 'Needs met: outcomes of the plan achieved' : null,
      lead_professional: 'A lead professional',
      lead_organisation: 'A school',
      ...extra,
    });
    await fixtureRows(db, 'early_help_episodes', [
      // Ada's second episode starts exactly 12 months after her first ended: a re-referral.
      episode('ada', '2024-03-01', '2025-01-20'),
      episode('ada', '2026-01-20', null),
      // Ben's starts 12 months and a day after his first ended: not one.
      episode('ben', '2024-05-01', '2025-01-19'),
      episode('ben', '2026-01-20', null),
      // Cal: stepped down from social care on 31 December 2025, stepped up on 31 January 2026.
      episode('cal', '2025-12-31', '2026-01-31', {
        stepped_down_on: '2025-12-31',
        step_down_reason: 'Assessment found early help would meet the needs',
        stepped_up_on: '2026-01-31',
        step_up_reason: 'Concerns escalated',
        end_reason: 'Stepped up to children’s social care',
      }),
      // Dee: stepped down on 1 February 2026, the next month's first day.
      episode('dee', '2026-02-01', null, { stepped_down_on: '2026-02-01', step_down_reason: 'Plan ended' }),
    ]);
  });
  after(() => database.close());

  const figures = (ids: string[], months: string[]) => indicatorFigures(database.db, ids, months);

  test('contacts count each child a contact concerns, by the day received in England', async () => {
    const values = await figures(['contacts'], ['2025-06', '2025-07', '2026-01']);
    // January: Ada and Ben (one contact about both), Cal, Dee and Fay.
    assert.equal(values['contacts 2026-01'], 5);
    // Eve's contact, at 23:30 UTC on 30 June, was received on 1 July in England.
    assert.equal(values['contacts 2025-06'], 0);
    assert.equal(values['contacts 2025-07'], 1);
    // The year to date from April 2025 holds July's and January's.
    assert.equal(values['contacts 2026-01-ytd'], 6);
  });

  test('contacts by source and by level of need, labelled from their code lists', async () => {
    const january = monthPeriod(month('2026-01'));
    const bySource = await breakdownOf(database.db, indicator('contacts'), january, 'contact-source');
    assert.deepEqual(
      bySource.map((row) => [row.group, row.numerator]),
      [
        ['2A: Schools', 1],
        ['3A: Health services: GP', 1],
        ['6: Police', 3],
      ],
    );
    const byLevel = await breakdownOf(database.db, indicator('contacts'), january, 'level-of-need');
    assert.deepEqual(
      byLevel.map((row) => [row.group?.slice(0, 7) ?? null, row.numerator]),
      [
        ['Level 2', 1],
        ['Level 3', 2],
        ['Level 4', 1],
        [null, 1],
      ],
    );
  });

  test('decisions within 1 working day: by the end of the next working day after the day received', async () => {
    // The deadlines the definition sets, by the working-day calendar the due items use.
    const nextWorkingDay = (day: string) => addWorkingDays(Temporal.PlainDate.from(day), 1).toString();
    assert.equal(nextWorkingDay('2026-01-09'), '2026-01-12'); // Friday → Monday: Ada and Ben in time
    assert.equal(nextWorkingDay('2026-01-15'), '2026-01-16'); // Thursday → Friday: Cal's Saturday decision late
    assert.equal(nextWorkingDay('2026-01-24'), '2026-01-26'); // Saturday → Monday: Dee in time
    const values = await figures(['contact-decisions-in-time'], ['2025-07', '2026-01']);
    // In time: Ada, Ben, Dee; not: Cal (late) and Fay (not decided) — 3 of 5.
    assert.equal(values['contact-decisions-in-time 2026-01'], 60);
    // Eve's, received on Tuesday 1 July in England, decided on Wednesday 2nd: in time.
    assert.equal(values['contact-decisions-in-time 2025-07'], 100);
    assert.equal(values['contact-decisions-in-time 2026-01-ytd'], 66.7); // 4 of 6
  });

  test('early help started, stepped up and stepped down, across the months’ boundaries', async () => {
    const ids = ['early-help-started', 'early-help-stepped-up', 'early-help-stepped-down'];
    const values = await figures(ids, ['2025-12', '2026-01', '2026-02']);
    // Cal's episode began on 31 December and ran into January: December's, not January's.
    assert.equal(values['early-help-started 2025-12'], 1);
    assert.equal(values['early-help-stepped-down 2025-12'], 1);
    // January: Ada's and Ben's second episodes; Cal stepped up on the 31st.
    assert.equal(values['early-help-started 2026-01'], 2);
    assert.equal(values['early-help-stepped-up 2026-01'], 1);
    assert.equal(values['early-help-stepped-down 2026-01'], 0);
    // Dee's step down on 1 February is February's.
    assert.equal(values['early-help-stepped-down 2026-02'], 1);
    assert.equal(values['early-help-started 2026-02-ytd'], 4);
    assert.equal(values['early-help-stepped-down 2026-02-ytd'], 2);
  });

  test('re-referral to early help: an episode starting within 12 months of the previous one’s end', async () => {
    const values = await figures(['early-help-re-referrals'], ['2026-01', '2026-02']);
    // Ada's (exactly 12 months after her first ended) counts; Ben's (12 months and a day) does not.
    assert.equal(values['early-help-re-referrals 2026-01'], 50);
    // Dee had no episode before.
    assert.equal(values['early-help-re-referrals 2026-02'], 0);
    const behind = await childrenBehind(
      database.db,
      indicator('early-help-re-referrals'),
      monthPeriod(month('2026-01')),
    );
    assert.deepEqual(
      behind.map((row) => [row.childId, row.inNumerator]),
      [
        [children.ada, true],
        [children.ben, false],
      ],
    );
  });
});
