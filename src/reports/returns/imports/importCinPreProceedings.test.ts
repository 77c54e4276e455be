import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../app/testing/testDatabase.ts';
import { testActor } from '../../../app/testing/actors.ts';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import type { Actor } from '../../../platform/access/audit.ts';
import { readCin } from '../cin/readXml.ts';
import { buildCinCensus } from '../cin/build.ts';
import { cinCensusXml } from '../cin/writeXml.ts';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { importCin } from './importCin.ts';
import { dateWindow } from './records903.ts';

// The CIN census's pre-proceedings blocks (from 2026) loaded as the court area's pre-proceedings,
// under the child, as often as wanted; a block contradicting what Harbour holds refuses the child.

const window = dateWindow('2026-12-01');
const y2025 = collectionYear('2025-26') as CollectionYear;

const census = (id: string, blocks: string) => `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2016-02-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-05-06</CINreferralDate><ReferralSource>5A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
        <ReferralNFA>false</ReferralNFA>
${blocks}
      </CINdetails>
    </Child>
  </Children>
</Message>
`;

const block = (fields: Record<string, string>) =>
  `<PreProceedingsandFGDM>${Object.entries(fields)
    .map(([name, value]) => `<${name}>${value}</${name}>`)
    .join('')}</PreProceedingsandFGDM>`;
const decided = {
  PPStartDate: '2025-06-02',
  LBPSentDate: '2025-06-09',
  FGDMMeetingOffer: '0',
  FGDMMeetingFac: '0',
  InitialPPMeetingDate: '2025-06-20',
  ReviewMeetingsCount: '2',
  StepDecisionDate: '2025-10-01',
  PPOutcome: 'A',
  CourtAppDate: '2025-10-15',
};
const open = { PPStartDate: '2026-01-12', FGDMMeetingOffer: '1', FGDMMeetingFac: '1', ReviewMeetingsCount: '0' };

describe('importing the CIN census’s pre-proceedings', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'administrator');
  });
  after(() => database.close());

  /** The line the census's first pre-proceedings block opens on. */
  const blockLine = async (text: string) => (await readCin(text)).tables.PreProceedings[0]!.$row;
  const importText = async (text: string) =>
    importCin(database.db, actor, await readCin(text), 'census.xml', { window, year: y2025 });
  const heldOf = (id: string) =>
    database.db
      .selectFrom('pre_proceedings as p')
      .innerJoin('pre_proceedings_children as c', 'c.pre_proceedings_id', 'p.id')
      .innerJoin('children as ch', 'ch.id', 'c.child_id')
      .leftJoin('family_group_not_offered as n', 'n.pre_proceedings_id', 'p.id')
      .select([
        'p.start_date',
        'p.decision_date',
        'p.outcome',
        'p.review_meetings_given',
        'p.application_date_given',
        'p.family_group_meeting_offered_date',
        'p.imported_from',
        'n.reason',
        'n.detail',
      ])
      .where('ch.previous_system_id', '=', id)
      .orderBy('p.start_date')
      .execute();

  test('loads each block under the child, a second run changes nothing, and the export gives it back', async () => {
    const text = census('R1', [block(decided), block(open)].join('\n'));
    const first = await importText(text);
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records['Pre-proceedings'], { added: 2, unchanged: 0 });
    assert.equal(
      first.notCarried.some((name) => name.startsWith('PreProceedings (')),
      false,
      'the block is loaded, not listed as not loaded',
    );
    const held = await heldOf('R1');
    assert.deepEqual(
      held.map((row) => [
        row.start_date,
        row.decision_date,
        row.outcome,
        row.review_meetings_given,
        row.application_date_given,
      ]),
      [
        ['2025-06-02', '2025-10-01', 'issue-proceedings', 2, '2025-10-15'],
        ['2026-01-12', null, null, null, null],
      ],
    );
    // No offer in the census, and the census does not say why: recorded as not known, not refused.
    assert.deepEqual(
      held.map((row) => [row.family_group_meeting_offered_date, row.reason, row.imported_from]),
      [
        [null, 'other', 'CIN'],
        ['2026-01-12', null, 'CIN'],
      ],
    );
    assert.match(held[0]!.detail!, /Not known: loaded from a CIN census/);

    const second = await importText(text);
    assert.deepEqual(second.records['Pre-proceedings'], { added: 0, unchanged: 2 });

    const again = await readCin(
      cinCensusXml(await buildCinCensus(database.db, y2025), { lea: '893', madeAt: new Date(0), release: '0' }),
    );
    const given = await readCin(text);
    const strip = (row: object) => {
      const { $row: _, LAchildID: __, CINdetailsID: ___, ...rest } = row as Record<string, unknown>;
      return rest;
    };
    assert.deepEqual(again.tables.PreProceedings.map(strip), given.tables.PreProceedings.map(strip));
  });

  test('a block contradicting what Harbour holds refuses the child whole, by line', async () => {
    const text = census('R1', block({ ...decided, PPOutcome: 'B' }));
    const report = await importText(text);
    const line = await blockLine(text);
    const refused = report.refused.filter((refusal) => refusal.line === line);
    assert.deepEqual(
      refused.map((refusal) => refusal.message),
      [
        'Harbour holds the pre-proceedings begun 2025-06-02 with the outcome issue-proceedings; the census says step-down',
      ],
    );
    assert.equal(report.children.refused, 1);
    assert.ok(
      report.refused.some((refusal) => refusal.line !== line && refusal.child === 'R1'),
      'the child’s other blocks are refused with it',
    );
    assert.deepEqual(
      (await heldOf('R1')).map((row) => row.outcome),
      ['issue-proceedings', null],
    );
  });

  test('a block Harbour could not hold is refused by its line before the database', async () => {
    const text = census(
      'R2',
      block({ PPStartDate: '2025-07-01', FGDMMeetingOffer: '0', FGDMMeetingFac: '1', PPOutcome: 'Z' }),
    );
    const report = await importText(text);
    const line = await blockLine(text);
    assert.deepEqual(
      report.refused.filter((refusal) => refusal.line === line).map((refusal) => refusal.message),
      [
        'PPOutcome Z is not a code of the census',
        'FGDMMeetingFac says a meeting was held but FGDMMeetingOffer that none was offered',
      ],
    );
    assert.deepEqual(await heldOf('R2'), []);
  });
});
