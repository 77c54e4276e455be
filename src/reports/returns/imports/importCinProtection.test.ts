import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../app/testing/testDatabase.ts';
import { testActor } from '../../../app/testing/actors.ts';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import type { Actor } from '../../../platform/access/audit.ts';
import { readCin } from '../cin/readXml.ts';
import { buildCinCensus } from '../cin/build.ts';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { importCin } from './importCin.ts';
import { dateWindow } from './records903.ts';

// The CIN census's plans and enquiries: child in need plans, section 47 enquiries (with the
// strategy discussion each began with and its initial conference), child protection plans and
// their review conferences, loaded under the episode's referral, year after year in either order.

const window = dateWindow('2026-12-01');
const y2023 = collectionYear('2023-24') as CollectionYear;
const y2024 = collectionYear('2024-25') as CollectionYear;

const census = (referenceDate: string, id: string, blocks: string) => `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header><CollectionDetails><Collection>CIN</Collection><Year>${referenceDate.slice(0, 4)}</Year><ReferenceDate>${referenceDate}</ReferenceDate></CollectionDetails></Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-05-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2023-09-04</CINreferralDate><ReferralSource>5A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
        <ReferralNFA>false</ReferralNFA>
${blocks}
      </CINdetails>
    </Child>
  </Children>
</Message>
`;

const section47 = (start: string, conference: string, notRequired = false) =>
  `<Section47><S47ActualStartDate>${start}</S47ActualStartDate>${conference ? `<DateOfInitialCPC>${conference}</DateOfInitialCPC>` : ''}<ICPCnotRequired>${notRequired}</ICPCnotRequired></Section47>`;
const plan = (start: string, end: string, initial: string, latest: string, previous: number, reviews: string[]) =>
  `<ChildProtectionPlans><CPPstartDate>${start}</CPPstartDate>${end ? `<CPPendDate>${end}</CPPendDate>` : ''}<InitialCategoryOfAbuse>${initial}</InitialCategoryOfAbuse><LatestCategoryOfAbuse>${latest}</LatestCategoryOfAbuse><NumberOfPreviousCPP>${previous}</NumberOfPreviousCPP>${reviews.length ? `<Reviews>${reviews.map((day) => `<CPPreviewDate>${day}</CPPreviewDate>`).join('')}</Reviews>` : ''}</ChildProtectionPlans>`;
const cinPlan = (start: string, end: string) =>
  `<CINPlanDates><CINPlanStartDate>${start}</CINPlanStartDate>${end ? `<CINPlanEndDate>${end}</CINPlanEndDate>` : ''}</CINPlanDates>`;

describe('importing the CIN census’s plans and enquiries', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'administrator');
  });
  after(() => database.close());

  const importText = async (text: string, year: CollectionYear | null = null) =>
    importCin(database.db, actor, await readCin(text), 'census.xml', { window, year });

  const recordsOf = async (id: string) => {
    const { db } = database;
    const child = await db
      .selectFrom('children')
      .select('id')
      .where('previous_system_id', '=', id)
      .executeTakeFirstOrThrow();
    return {
      referralId: (
        await db.selectFrom('referrals').select('id').where('child_id', '=', child.id).executeTakeFirstOrThrow()
      ).id,
      cinPlans: await db
        .selectFrom('cin_plans')
        .select(['referral_id', 'start_date', 'end_date', 'imported_from'])
        .where('child_id', '=', child.id)
        .orderBy('start_date')
        .execute(),
      discussions: await db
        .selectFrom('strategy_discussions')
        .where('child_id', '=', child.id)
        .select(['referral_id', 'decision_date', 'held_date', 'decision', 'imported_from'])
        .orderBy('held_date')
        .execute(),
      enquiries: await db
        .selectFrom('section_47_enquiries')
        .where('child_id', '=', child.id)
        .select(['start_date', 'end_date', 'outcome', 'initial_conference_not_required'])
        .orderBy('start_date')
        .execute(),
      conferences: await db
        .selectFrom('child_protection_conferences as c')
        .leftJoin('section_47_enquiries as s', 's.id', 'c.section_47_enquiry_id')
        .select(['c.type', 'c.conference_date', 'c.outcome', 'c.category', 's.start_date as enquiry'])
        .where('c.child_id', '=', child.id)
        .orderBy('c.conference_date')
        .execute(),
      plans: await db
        .selectFrom('child_protection_plans')
        .select(['start_date', 'end_date', 'initial_category', 'latest_category', 'end_reason', 'previous_plans_given'])
        .where('child_id', '=', child.id)
        .orderBy('start_date')
        .execute(),
    };
  };

  test('loads each block under the episode; a second run changes nothing; the export gives them back', async () => {
    const text = census(
      '2024-03-31',
      'P1',
      [
        section47('2023-09-05', '2023-09-20'),
        section47('2023-12-01', '', true),
        section47('2024-03-25', ''),
        plan('2023-09-20', '2023-12-14', 'NEG', 'EMO', 2, ['2023-12-14']),
        cinPlan('2023-12-14', ''),
      ].join('\n'),
    );
    const first = await importText(text, y2023);
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records['Section 47 enquiries'], { added: 3, unchanged: 0 });
    assert.deepEqual(first.records['Child protection plans'], { added: 1, unchanged: 0 });
    assert.deepEqual(first.records['Review conferences'], { added: 1, unchanged: 0 });
    assert.deepEqual(first.records['CIN plans'], { added: 1, unchanged: 0 });
    assert.equal(first.notCarried.includes('Section47 (not loaded)'), false);
    const held = await recordsOf('P1');
    assert.deepEqual(held.cinPlans, [
      { referral_id: held.referralId, start_date: '2023-12-14', end_date: null, imported_from: 'CIN' },
    ]);
    // Each enquiry began with a strategy discussion held, and deciding on it, that day.
    assert.deepEqual(
      held.discussions.map((row) => [
        row.referral_id,
        row.decision_date,
        row.held_date,
        row.decision,
        row.imported_from,
      ]),
      [
        [held.referralId, '2023-09-05', '2023-09-05', 'section-47', 'CIN'],
        [held.referralId, '2023-12-01', '2023-12-01', 'section-47', 'CIN'],
        [held.referralId, '2024-03-25', '2024-03-25', 'section-47', 'CIN'],
      ],
    );
    assert.deepEqual(held.enquiries, [
      {
        start_date: '2023-09-05',
        end_date: '2023-09-20',
        outcome: 'initial-conference',
        initial_conference_not_required: false,
      },
      // No conference needed and a CIN plan from 14 December: concluded, as far as the census shows, the day it began.
      {
        start_date: '2023-12-01',
        end_date: '2023-12-01',
        outcome: 'child-in-need-plan',
        initial_conference_not_required: true,
      },
      // Neither a conference nor a decision against one by 31 March: still under way.
      { start_date: '2024-03-25', end_date: null, outcome: null, initial_conference_not_required: false },
    ]);
    assert.deepEqual(held.conferences, [
      { type: 'initial', conference_date: '2023-09-20', outcome: 'plan', category: 'NEG', enquiry: '2023-09-05' },
      { type: 'review', conference_date: '2023-12-14', outcome: 'end-plan', category: null, enquiry: null },
    ]);
    assert.deepEqual(held.plans, [
      {
        start_date: '2023-09-20',
        end_date: '2023-12-14',
        initial_category: 'NEG',
        latest_category: 'EMO',
        end_reason: null,
        previous_plans_given: 2,
      },
    ]);

    const second = await importText(text, y2023);
    assert.deepEqual(second.refused, []);
    for (const kind of ['CIN plans', 'Section 47 enquiries', 'Child protection plans', 'Review conferences'])
      assert.equal(second.records[kind]!.added, 0, kind);
    assert.deepEqual(await recordsOf('P1'), held);

    // The plan's two earlier plans are not in Harbour, but the census's count is kept.
    const exported = await buildCinCensus(database.db, y2023);
    const episode = exported.children
      .flatMap((child) => child.episodes)
      .find((row) => row.referralId === held.referralId)!;
    assert.deepEqual(
      episode.protectionPlans.map((row) => [row.startDate, row.previousPlans, row.reviewDates]),
      [['2023-09-20', 2, ['2023-12-14']]],
    );
    assert.deepEqual(
      episode.section47s.map((row) => [row.startDate, row.initialConferenceDate, row.conferenceNotRequired]),
      [
        ['2023-09-05', '2023-09-20', false],
        ['2023-12-01', null, true],
        ['2024-03-25', null, false],
      ],
    );
  });

  const earlier = census(
    '2024-03-31',
    'P2',
    [
      section47('2024-02-20', '', true),
      section47('2024-03-25', ''),
      plan('2023-10-02', '', 'PHY', 'PHY', 0, ['2023-12-20']),
    ].join('\n'),
  );
  const later = census(
    '2025-03-31',
    'P2',
    [
      section47('2024-02-20', '', true),
      section47('2024-03-25', '2024-04-10'),
      plan('2023-10-02', '2024-04-08', 'PHY', 'MUL', 0, []),
      plan('2024-04-10', '', 'NEG', 'NEG', 1, ['2024-07-01']),
    ].join('\n'),
  );

  test('a later year completes what an earlier one gave: the conference held, the plan ended, the category changed', async () => {
    assert.deepEqual((await importText(earlier, y2023)).refused, []);
    const report = await importText(later, y2024);
    assert.deepEqual(report.refused, [], JSON.stringify(report.refused));
    const held = await recordsOf('P2');
    assert.deepEqual(
      held.enquiries.map((row) => [row.start_date, row.end_date, row.outcome]),
      [
        // Still under way on 1 April 2024, as the later census shows it.
        ['2024-02-20', '2024-04-01', 'no-further-action'],
        ['2024-03-25', '2024-04-10', 'initial-conference'],
      ],
    );
    assert.deepEqual(
      held.plans.map((row) => [row.start_date, row.end_date, row.latest_category, row.end_reason]),
      [
        ['2023-10-02', '2024-04-08', 'MUL', 'Ended as the CIN census records it, on no review conference day'],
        ['2024-04-10', null, 'NEG', null],
      ],
    );
    assert.deepEqual(
      held.conferences.map((row) => [row.type, row.conference_date, row.outcome, row.enquiry]),
      [
        ['initial', '2023-10-02', 'plan', null],
        ['review', '2023-12-20', 'continue', null],
        ['initial', '2024-04-10', 'plan', '2024-03-25'],
        ['review', '2024-07-01', 'continue', null],
      ],
    );
    // The earlier year again: what Harbour learnt since stands, and nothing is refused.
    const again = await importText(earlier, y2023);
    assert.deepEqual(again.refused, []);
    assert.deepEqual(await recordsOf('P2'), held);
  });

  test('the later year first, then the earlier: the same records', async () => {
    const rename = (text: string) => text.replace('<LAchildID>P2', '<LAchildID>P3');
    assert.deepEqual((await importText(rename(later), y2024)).refused, []);
    assert.deepEqual((await importText(rename(earlier), y2023)).refused, []);
    const [two, three] = [await recordsOf('P2'), await recordsOf('P3')];
    const withoutReferral = ({ referralId: _, discussions, cinPlans, ...rest }: typeof two) => ({
      ...rest,
      discussions: discussions.map((row) => ({ ...row, referral_id: null })),
      cinPlans,
    });
    assert.deepEqual(withoutReferral(three), withoutReferral(two));
  });

  test('impossible blocks are refused by line, and a census that differs from Harbour refuses the child', async () => {
    const report = await importText(
      census(
        '2024-03-31',
        'Q1',
        [
          section47('2023-10-01', '2023-10-12', true),
          plan('2023-11-01', '2023-11-01', 'NEG', 'XYZ', 0, ['2023-12-01']),
          cinPlan('2024-01-10', '2024-01-02'),
        ].join('\n'),
      ),
      y2023,
    );
    const messages = report.refused.map((refusal) => `${refusal.line} ${refusal.child} ${refusal.message}`);
    for (const expected of [
      /^\d+ Q1 ICPCnotRequired is true for an enquiry with a DateOfInitialCPC$/,
      /^\d+ Q1 LatestCategoryOfAbuse XYZ is not a code of the return$/,
      /^\d+ Q1 CPPendDate 2023-11-01 is not after CPPstartDate 2023-11-01$/,
      /^\d+ Q1 CPPreviewDate 2023-12-01 is not within the plan$/,
      /^\d+ Q1 CINPlanEndDate 2024-01-02 is before CINPlanStartDate 2024-01-10$/,
    ])
      assert.ok(
        messages.some((message) => expected.test(message)),
        `${String(expected)} in\n${messages.join('\n')}`,
      );
    assert.equal(report.children.refused, 1);
    assert.equal(
      await database.db.selectFrom('children').where('previous_system_id', '=', 'Q1').executeTakeFirst(),
      undefined,
    );

    const differs = await importText(
      later.replace('<InitialCategoryOfAbuse>PHY', '<InitialCategoryOfAbuse>SAB'),
      y2024,
    );
    assert.equal(differs.children.refused, 1);
    assert.match(
      differs.refused[0]!.message,
      /Harbour holds the child protection plan begun 2023-10-02 with initial category PHY; the census says SAB/,
    );
    const overlapping = await importText(
      census('2024-03-31', 'Q2', [cinPlan('2023-10-01', '2023-12-01'), cinPlan('2023-11-01', '')].join('\n')),
      y2023,
    );
    assert.equal(overlapping.children.refused, 1);
    assert.match(overlapping.refused[0]!.message, /overlaps another child in need plan/);
  });
});
