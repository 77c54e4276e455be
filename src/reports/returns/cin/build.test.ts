import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import { testDatabase } from '../../../app/testing/testDatabase.ts';
import { fixtureRows } from '../../../app/testing/indicatorFixtures.ts';
import { testActor } from '../../../app/testing/actors.ts';
import { parseXml, structureProblems } from '../../../app/testing/cinStructure.ts';
import { exportCin } from '../../../app/exportCommands.ts';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { buildCinCensus, initialConferenceTarget } from './build.ts';
import { cinCensusXml } from './writeXml.ts';

// Rosa, referred in May 2025: assessed, a strategy discussion and section 47 enquiry, an initial
// conference that made a plan (reviewed in September), and pre-proceedings from October with a
// family group decision making meeting, ending in an application to the court. Her brother Theo's
// referral closed in March 2025, before the year: he is not in the census.
const year = collectionYear('2025-26') as CollectionYear;
let database: HarbourDatabase;
let rosa: number;

before(async () => {
  database = await testDatabase();
  const db = database.db;
  let theo: number;
  [rosa, theo] = (await fixtureRows(db, 'children', [
    {
      forename: 'Rosa',
      surname: 'Test',
      sex: 'F',
      date_of_birth: '2019-02-03',
      ethnicity: 'MWBC',
      upn: 'A123456789012',
    },
    { forename: 'Theo', surname: 'Test', sex: 'M', date_of_birth: '2017-01-01', ethnicity: 'MWBC', upn_unknown: 'UN2' },
  ])) as [number, number];
  await db.insertInto('child_disabilities').values({ child_id: rosa, code: 'HEAR' }).execute();
  const [referral] = await fixtureRows(db, 'referrals', [
    { child_id: rosa, referral_date: '2025-05-01', source: '1A', primary_need: 'N1' },
    {
      child_id: theo,
      referral_date: '2024-10-01',
      source: '5A',
      primary_need: 'N2',
      closure_date: '2025-03-20',
      closure_reason: 'RC8',
    },
  ]);
  await fixtureRows(db, 'assessments', [
    {
      child_id: rosa,
      referral_id: referral,
      start_date: '2025-05-02',
      authorisation_date: '2025-05-20',
      factors: ['2A', '3A'],
    },
  ]);
  const [discussion] = await fixtureRows(db, 'strategy_discussions', [
    {
      child_id: rosa,
      referral_id: referral,
      decision_date: '2025-05-20',
      held_date: '2025-05-21',
      decision: 'section-47',
    },
  ]);
  const [enquiry] = await fixtureRows(db, 'section_47_enquiries', [
    {
      child_id: rosa,
      strategy_discussion_id: discussion,
      start_date: '2025-05-21',
      end_date: '2025-06-04',
      outcome: 'initial-conference',
    },
  ]);
  const [initial] = await fixtureRows(db, 'child_protection_conferences', [
    {
      child_id: rosa,
      type: 'initial',
      conference_date: '2025-06-05',
      section_47_enquiry_id: enquiry,
      outcome: 'plan',
      category: 'NEG',
    },
  ]);
  const [plan] = await fixtureRows(db, 'child_protection_plans', [
    {
      child_id: rosa,
      conference_id: initial,
      start_date: '2025-06-05',
      initial_category: 'NEG',
      latest_category: 'EMO',
    },
  ]);
  await fixtureRows(db, 'child_protection_conferences', [
    {
      child_id: rosa,
      type: 'review',
      conference_date: '2025-09-01',
      child_protection_plan_id: plan,
      outcome: 'continue',
    },
  ]);
  const [preProceedings] = await fixtureRows(db, 'pre_proceedings', [
    {
      start_date: '2025-10-01',
      letter_before_proceedings_date: '2025-10-05',
      initial_meeting_date: '2025-10-10',
      family_group_meeting_offered_date: '2025-10-06',
      family_group_meeting_held_date: '2025-10-20',
      decision_date: '2026-01-15',
      outcome: 'issue-proceedings',
    },
  ]);
  await db
    .insertInto('pre_proceedings_children')
    .values({ pre_proceedings_id: preProceedings!, child_id: rosa })
    .execute();
  await fixtureRows(db, 'pre_proceedings_meetings', [
    { pre_proceedings_id: preProceedings, meeting_type: 'review', meeting_date: '2025-12-01' },
    { pre_proceedings_id: preProceedings, meeting_type: 'legal-planning', meeting_date: '2025-12-15' },
  ]);
  await fixtureRows(db, 'care_proceedings', [
    { pre_proceedings_id: preProceedings, issue_date: '2026-02-02', court: 'Family Court at Telford' },
  ]);
});
after(() => database?.close());

test("the initial conference's target is 15 working days after the section 47 enquiry began", () => {
  // Wednesday 21 May 2025; the late May bank holiday (Monday 26 May) is not a working day.
  assert.equal(initialConferenceTarget('2025-05-21'), '2025-06-12');
});

test("the census holds Rosa's episode with everything within it, exactly, in the census's structure", async () => {
  const census = await buildCinCensus(database.db, year);
  const xml = cinCensusXml(census, { lea: '893', madeAt: new Date('2026-04-20T10:00:00Z'), release: '0.1.0' });
  const lines = xml.split('\n');
  assert.deepEqual(lines.slice(0, 3), [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message>',
    '<Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate>' +
      '</CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>893</LEA><SoftwareCode>Harbour</SoftwareCode>' +
      '<Release>0.1.0</Release><SerialNo>1</SerialNo><DateTime>2026-04-20T10:00:00</DateTime></Source></Header>',
  ]);
  const children = lines.filter((line) => line.startsWith('<Child>'));
  assert.deepEqual(children, [
    '<Child>' +
      `<ChildIdentifiers><LAchildID>${rosa}</LAchildID><UPN>A123456789012</UPN><PersonBirthDate>2019-02-03</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>` +
      '<ChildCharacteristics><Ethnicity>MWBC</Ethnicity><Disabilities><Disability>HEAR</Disability></Disabilities></ChildCharacteristics>' +
      '<CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>' +
      // Her conference followed her section 47 enquiry: it is recorded there, not on the episode too (rule 2884).
      '<ReferralNFA>false</ReferralNFA>' +
      '<Assessments><AssessmentActualStartDate>2025-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-05-20</AssessmentAuthorisationDate>' +
      '<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>' +
      '<Section47><S47ActualStartDate>2025-05-21</S47ActualStartDate><InitialCPCtarget>2025-06-12</InitialCPCtarget>' +
      '<DateOfInitialCPC>2025-06-05</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>' +
      '<ChildProtectionPlans><CPPstartDate>2025-06-05</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>' +
      '<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>' +
      '<Reviews><CPPreviewDate>2025-09-01</CPPreviewDate></Reviews></ChildProtectionPlans>' +
      '<PreProceedingsandFGDM><PPStartDate>2025-10-01</PPStartDate><LBPSentDate>2025-10-05</LBPSentDate>' +
      '<FGDMMeetingOffer>1</FGDMMeetingOffer><FGDMMeetingFac>1</FGDMMeetingFac><InitialPPMeetingDate>2025-10-10</InitialPPMeetingDate>' +
      '<ReviewMeetingsCount>1</ReviewMeetingsCount><StepDecisionDate>2026-01-15</StepDecisionDate><PPOutcome>A</PPOutcome>' +
      '<CourtAppDate>2026-02-02</CourtAppDate></PreProceedingsandFGDM>' +
      '</CINdetails></Child>',
  ]);
  assert.deepEqual(structureProblems(parseXml(xml)), []);
});

test('what happened after 31 March is not in the census: the plan ends and the episode closes in April', async () => {
  await database.db
    .updateTable('child_protection_plans')
    .set({ end_date: '2026-04-10' })
    .where('child_id', '=', rosa)
    .execute();
  await database.db
    .updateTable('referrals')
    .set({ closure_date: '2026-04-15', closure_reason: 'RC1' })
    .where('child_id', '=', rosa)
    .execute();
  const xml = cinCensusXml(await buildCinCensus(database.db, year), {
    lea: '893',
    madeAt: new Date('2026-04-20T10:00:00Z'),
    release: '0.1.0',
  });
  assert.doesNotMatch(xml, /CPPendDate|CINclosureDate|ReasonForClosure/);
  const next = cinCensusXml(await buildCinCensus(database.db, collectionYear('2026-27') as CollectionYear), {
    lea: '893',
    madeAt: new Date('2027-04-20T10:00:00Z'),
    release: '0.1.0',
  });
  assert.match(next, /<CINclosureDate>2026-04-15<\/CINclosureDate><ReasonForClosure>RC1<\/ReasonForClosure>/);
  assert.match(next, /<CPPendDate>2026-04-10<\/CPPendDate>/);
  // The section 47 enquiry and the assessment ended in 2025-26: not in 2026-27's census.
  assert.doesNotMatch(next, /Section47|Assessments/);
});

test('harbour export cin writes the message, restricted children included, and audits the export once, naming them', async () => {
  // The DfE counts every child: a restricted record is in the return, and the export says who was in it.
  await database.db
    .updateTable('children')
    .set({ access_restriction: 'high-profile' })
    .where('id', '=', rosa)
    .execute();
  const file = join(await mkdtemp(join(tmpdir(), 'cin-')), 'cin.xml');
  const actor = await testActor(database.db, 'analyst');
  await exportCin(database.db, actor, year, file, '893');
  const xml = await readFile(file, 'utf8');
  assert.deepEqual(structureProblems(parseXml(xml)), []);
  assert.match(xml, new RegExp(`<LAchildID>${rosa}</LAchildID>`));
  const audited = await database.db
    .selectFrom('audit_events')
    .select('detail')
    .where('event', '=', 'children-listed')
    .where('username', '=', actor.username)
    .execute();
  assert.equal(audited.length, 1);
  assert.deepEqual(audited[0]!.detail, { export: 'CIN census', year: '2025-26', count: 1, childIds: [rosa] });
});

test("a transfer-in conference, which no section 47 enquiry led to, is the episode's own initial conference", async () => {
  const db = database.db;
  const [mia] = await fixtureRows(db, 'children', [
    { forename: 'Mia', surname: 'Test', sex: 'F', date_of_birth: '2020-07-01', ethnicity: 'WBRI', upn_unknown: 'UN2' },
  ]);
  await fixtureRows(db, 'referrals', [{ child_id: mia, referral_date: '2025-08-01', source: '9', primary_need: 'N1' }]);
  await fixtureRows(db, 'child_protection_conferences', [
    // Held by the council she moved from, before her referral here: not this episode's.
    { child_id: mia, type: 'initial', conference_date: '2025-03-10', outcome: 'plan', category: 'NEG' },
    { child_id: mia, type: 'initial', conference_date: '2025-08-20', outcome: 'plan', category: 'NEG' },
  ]);
  const census = await buildCinCensus(db, year);
  const episodes = census.children.find((child) => child.childId === mia)!.episodes;
  assert.deepEqual(
    episodes.map((episode) => episode.initialConferenceDate),
    ['2025-08-20'],
  );
  const xml = cinCensusXml(census, { lea: '893', madeAt: new Date('2026-04-20T10:00:00Z'), release: '0.1.0' });
  assert.match(
    xml,
    new RegExp(`<LAchildID>${mia}</LAchildID>.*<DateOfInitialCPC>2025-08-20</DateOfInitialCPC><ReferralNFA>`),
  );
});

test('an enquiry that ended in March is in the census when its initial conference is held in April', async () => {
  const db = database.db;
  const [noah] = await fixtureRows(db, 'children', [
    { forename: 'Noah', surname: 'Test', sex: 'M', date_of_birth: '2018-02-01', ethnicity: 'WBRI', upn_unknown: 'UN2' },
  ]);
  const [referral] = await fixtureRows(db, 'referrals', [
    { child_id: noah, referral_date: '2025-03-03', source: '1A', primary_need: 'N1' },
  ]);
  const [discussion] = await fixtureRows(db, 'strategy_discussions', [
    {
      child_id: noah,
      referral_id: referral,
      decision_date: '2025-03-10',
      held_date: '2025-03-10',
      decision: 'section-47',
    },
  ]);
  const [enquiry] = await fixtureRows(db, 'section_47_enquiries', [
    {
      child_id: noah,
      strategy_discussion_id: discussion,
      start_date: '2025-03-10',
      end_date: '2025-03-31',
      outcome: 'initial-conference',
    },
  ]);
  await fixtureRows(db, 'child_protection_conferences', [
    {
      child_id: noah,
      type: 'initial',
      conference_date: '2025-04-01',
      section_47_enquiry_id: enquiry,
      outcome: 'no-plan',
    },
  ]);
  const census = await buildCinCensus(db, year);
  const [episode] = census.children.find((child) => child.childId === noah)!.episodes;
  assert.deepEqual(
    episode!.section47s.map((s47) => [s47.startDate, s47.initialConferenceDate]),
    [['2025-03-10', '2025-04-01']],
  );
  assert.equal(episode!.initialConferenceDate, null);
});
