import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { recordsTestContext, type RecordsTestContext } from '../../../app/testing/records.ts';
import { inspectionAsAt, inspectionCounty } from '../../../app/testing/inspectionFixtures.ts';
import { annexALists } from './lists.ts';
import { annexARows } from './queries.ts';
import { ageOn, annexACells, caseStatus, disabilityAnswer, permanencePlanAnswer } from './shape.ts';
import { exportAnnexA } from './exportAnnexA.ts';

const council = 'Harbour County Council';

describe('Annex A shaping (plain data)', () => {
  it('counts age in whole years at the as-at date, none for an unborn child', () => {
    assert.equal(ageOn('2016-03-10', '2026-03-09'), 9);
    assert.equal(ageOn('2016-03-10', '2026-03-10'), 10);
    assert.equal(ageOn('2026-08-01', '2026-06-30'), null);
    assert.equal(ageOn(null, '2026-06-30'), null);
  });

  it('answers disability from the CIN census codes: NONE is no, none recorded is unknown', () => {
    assert.equal(disabilityAnswer(['NONE']), 'No');
    assert.equal(disabilityAnswer(['AUT', 'NONE']), 'Yes');
    assert.equal(disabilityAnswer([]), 'Unknown');
  });

  it('gives the most intensive case status, a closed episode first', () => {
    const open = {
      closure_date: null,
      looked_after: false,
      on_protection_plan: false,
      on_child_in_need_plan: false,
      assessment_open: false,
    };
    assert.equal(
      caseStatus({ ...open, on_protection_plan: true, on_child_in_need_plan: true }),
      'b) Child Protection plan',
    );
    assert.equal(caseStatus({ ...open, looked_after: true, on_protection_plan: true }), 'a) Looked after child');
    assert.equal(caseStatus({ ...open, closure_date: '2026-05-01', looked_after: true }), 'e) Closed episode');
    assert.equal(caseStatus(open), null);
  });

  it("maps Harbour's permanence plans to Annex A's categories", () => {
    assert.equal(permanencePlanAnswer('child-arrangements-order'), 'c) SGO/CAO');
    assert.equal(permanencePlanAnswer('independent-living'), 'g) other');
    assert.equal(permanencePlanAnswer(null), null);
  });

  it('writes each list in its headings’ order', () => {
    for (const list of annexALists.filter((list) => list.number !== 11)) {
      const sample = annexACells(list.number as 1, [], '2026-06-30', council);
      assert.deepEqual(sample, []);
    }
    const [row] = annexACells(
      3,
      [
        {
          child_id: 7,
          sex: 'F',
          ethnicity: 'WBRI',
          date_of_birth: '2016-03-10',
          disabilities: [],
          team: 'North',
          worker: 'Sam',
          referral_date: '2026-02-04',
          source: '2A',
          no_further_action: false,
          earlier: '1',
        },
      ],
      '2026-06-30',
      council,
    );
    assert.deepEqual(row, ['7', 'b) Female', 'WBRI', '2016-03-10', 10, '2026-02-04', '2A', 'No', 1, 'North', 'Sam']);
    assert.equal(row.length, annexALists[2].headings.length);
  });
});

describe('Annex A from recorded records', () => {
  let context: RecordsTestContext;
  let county: Awaited<ReturnType<typeof inspectionCounty>>;
  const cells = async (list: 1 | 3 | 4 | 5 | 6 | 7 | 8 | 9) =>
    annexACells(list, await annexARows(context.db, list, inspectionAsAt), inspectionAsAt, council);

  before(async () => {
    context = await recordsTestContext();
    county = await inspectionCounty(context.db, context.actor);
  });
  after(() => context.database.close());

  it('list 1: the contacts received in the six months, not the one before', async () => {
    assert.deepEqual(await cells(1), [[String(county.ada), 'b) Female', 'WBRI', '2016-03-10', 10, '2026-02-03', '2A']]);
  });

  it('list 3: the referral in the window, counting the one in the twelve months before it', async () => {
    assert.deepEqual(await cells(3), [
      [
        String(county.ada),
        'b) Female',
        'WBRI',
        '2016-03-10',
        10,
        '2026-02-04',
        '2A',
        'No',
        1,
        'Test locality team',
        'Sam Worker',
      ],
    ]);
  });

  it('list 4: the assessment, the child not yet seen and no outcome yet', async () => {
    assert.deepEqual(await cells(4), [
      [
        String(county.ada),
        'b) Female',
        'WBRI',
        '2016-03-10',
        10,
        'No',
        '2026-02-05',
        'Unknown',
        null,
        null,
        'Test locality team',
        'Sam Worker',
      ],
    ]);
  });

  it('list 5: the enquiry dated by its strategy discussion, with its initial conference and plan', async () => {
    assert.deepEqual(await cells(5), [
      [
        String(county.ada),
        'b) Female',
        'WBRI',
        '2016-03-10',
        10,
        'No',
        '2026-02-10',
        'No',
        '2026-02-20',
        'Yes',
        0,
        0,
        'Test locality team',
        'Sam Worker',
      ],
    ]);
  });

  it('list 6: the open episode (not the one closed before the window), last seen and on a plan', async () => {
    assert.deepEqual(await cells(6), [
      [
        String(county.ada),
        'b) Female',
        'WBRI',
        '2016-03-10',
        10,
        'No',
        '2026-02-04',
        'N1',
        '2026-03-01',
        null,
        null,
        'b) Child Protection plan',
        'Test locality team',
        'Sam Worker',
      ],
    ]);
  });

  it('list 7: the plan with its last visit, seen alone', async () => {
    assert.deepEqual(await cells(7), [
      [
        String(county.ada),
        'b) Female',
        'WBRI',
        '2016-03-10',
        10,
        'No',
        '2026-02-20',
        'NEG',
        'NEG',
        '2026-03-01',
        'Yes',
        null,
        null,
        'No',
        0,
        'Test locality team',
        'Sam Worker',
      ],
    ]);
  });

  it('list 8: the restricted child in care is listed, with the placement and one placement in the year', async () => {
    const [row, ...rest] = await cells(8);
    assert.equal(rest.length, 0);
    const byHeading = Object.fromEntries(annexALists[7].headings.map((heading, index) => [heading, row![index]]));
    assert.equal(byHeading['Child Unique ID'], String(county.ben));
    assert.equal(byHeading['Age of Child (Years)'], 16);
    assert.equal(byHeading['Date Started to be Looked After'], '2025-12-01');
    assert.equal(byHeading["Child's Legal Status"], 'V2');
    assert.equal(byHeading['Start date of current legal status'], '2025-12-01');
    assert.equal(byHeading['Start Date of Most Recent Placement'], '2025-12-01');
    assert.equal(byHeading['Placement Type'], 'U6');
    assert.equal(byHeading['Placement Provider'], 'PR1');
    assert.equal(byHeading['Date of Last Social Work Visit'], '2026-04-01');
    assert.equal(byHeading['Number of Placements in the Last 12 months'], 1);
    assert.equal(
      byHeading['Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)'],
      'No',
    );
    assert.equal(byHeading['Date Ceased to be Looked After'], null);
    assert.equal(
      byHeading["Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"],
      0,
    );
  });

  it('list 9: the care leaver with their latest contact', async () => {
    const [row] = await cells(9);
    const byHeading = Object.fromEntries(annexALists[8].headings.map((heading, index) => [heading, row![index]]));
    assert.equal(byHeading['Child Unique ID'], String(county.cal));
    assert.equal(byHeading['Eligibility Category'], 'b) Former relevant child');
    assert.equal(byHeading['LA in Touch'], 'YES');
    assert.equal(byHeading['Latest Date of Contact'], '2026-05-01');
    assert.equal(byHeading['Type of Accommodation'], 'D');
    assert.equal(byHeading['Suitability of Accommodation'], 'a) Suitable');
    assert.equal(byHeading['Activity Status'], 'F2');
  });

  it('writes the workbook: the lists in order with their headings, dates as dates, Notes last, each list audited', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annex-a-'));
    const file = path.join(dir, 'annex-a.xlsx');
    const exported = await exportAnnexA(context.db, context.actor, {
      asAt: inspectionAsAt,
      file,
      councilName: council,
    });
    assert.equal(exported.rows.get(8), 1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      [...annexALists.map((list) => list.sheet), 'Notes'],
    );
    for (const list of annexALists)
      assert.deepEqual((workbook.getWorksheet(list.sheet)!.getRow(1).values as unknown[]).slice(1), [...list.headings]);
    const contact = workbook.getWorksheet('List 1')!.getRow(2);
    assert.deepEqual(contact.getCell(6).value, new Date('2026-02-03T00:00:00Z'));
    assert.equal(contact.getCell(6).numFmt, 'dd/mm/yyyy');
    assert.equal(workbook.getWorksheet('List 11')!.rowCount, 1);
    const audited = await context.db
      .selectFrom('audit_events')
      .select('detail')
      .where('event', '=', 'children-listed')
      .orderBy('id')
      .execute();
    const lists = audited.map((event) => event.detail as { list: string; count: number; childIds: number[] });
    assert.deepEqual(
      lists.map((event) => [event.list, event.count]),
      [
        ['List 1', 1],
        ['List 2', 0],
        ['List 3', 1],
        ['List 4', 1],
        ['List 5', 1],
        ['List 6', 1],
        ['List 7', 1],
        ['List 8', 1],
        ['List 9', 1],
        ['List 10', 0],
      ],
    );
    assert.deepEqual(lists[7]!.childIds.map(Number), [county.ben]);
    fs.rmSync(dir, { recursive: true });
  });
});
