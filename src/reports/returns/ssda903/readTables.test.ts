// Reading 903 files from anywhere: each table known by its header row (columns in any order,
// whatever the file is called), rows numbered as the DfE's tools number them, and a file or row
// that is not right reported with its line rather than crashing or being half-read.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { collectionYear } from '../returnDates.ts';
import type { CollectionYear } from '../returnDates.ts';
import { csvFilesIn, read903Table, read903Tables, yearOfTables } from './readTables.ts';
import { dayFromUkDate } from '../returnDates.ts';
import { validate903 } from './validate.ts';
import { rulesets903 } from './rulesets.ts';

test('a table is known by its header, in any column order, with a byte order mark and quoted values', async () => {
  const csv = '\uFEFFDOB,CHILD,SEX,ETHNIC,UPN,MOTHER,MC_DOB\r\n01/02/2010,"C,1",F,WBRI,,,\r\n';
  const read = await read903Table(Readable.from([csv.slice(0, 20), csv.slice(20)]), 'whatever-it-is-called.csv');
  assert.equal(read.table, 'Header');
  assert.deepEqual(read.problems, []);
  assert.equal(read.rows[0]?.CHILD, 'C,1');
  assert.equal((read.rows[0] as unknown as { DOB: string }).DOB, '01/02/2010');
  assert.equal(read.rows[0]?.$row, 1);
});

test("each row holds its own values and no other row's, blanks as blanks", async () => {
  const read = await read903Table(
    'REVIEW_CODE,CHILD,REVIEW,DOB\nPN1,1,01/06/2025,01/01/2010\n,2,,01/01/2011\nPN1,1,01/06/2025,01/01/2010\n',
    'reviews.csv',
  );
  assert.deepEqual(
    read.rows.map((row) => ({ ...row })),
    [
      { $row: 1, REVIEW_CODE: 'PN1', CHILD: '1', REVIEW: '01/06/2025', DOB: '01/01/2010' },
      { $row: 2, REVIEW_CODE: '', CHILD: '2', REVIEW: '', DOB: '01/01/2011' },
      { $row: 3, REVIEW_CODE: 'PN1', CHILD: '1', REVIEW: '01/06/2025', DOB: '01/01/2010' },
    ],
  );
  assert.notEqual(read.rows[0], read.rows[2], 'rows with the same values are still two rows');
});

test('a row with the wrong number of values is reported with its line and left out; the rows after keep their place', async () => {
  const csv = 'CHILD,DOB,REVIEW,REVIEW_CODE\n1,01/01/2010,01/06/2025,PN1\n2,01/01/2010\n3,01/01/2010,02/06/2025,PN0\n';
  const read = await read903Table(csv, 'reviews.csv');
  assert.deepEqual(read.problems, [
    { file: 'reviews.csv', line: 3, message: 'has 2 values; the Reviews header has 4' },
  ]);
  assert.deepEqual(
    read.rows.map((row) => [row.CHILD, row.$row]),
    [
      ['1', 1],
      ['3', 3],
    ],
  );
});

test('a file that is not a 903 table, an empty file and a second copy of a table are each reported', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'harbour-903-'));
  writeFileSync(join(folder, 'a.csv'), 'CHILD,DOB,MISSING,MIS_START,MIS_END\n1,01/01/2010,M,01/05/2025,02/05/2025\n');
  writeFileSync(join(folder, 'b.csv'), 'CHILD,DOB,MISSING,MIS_START,MIS_END\n2,01/01/2010,A,01/05/2025,02/05/2025\n');
  writeFileSync(join(folder, 'c.csv'), 'NAME,ADDRESS\nSomeone,Somewhere\n');
  writeFileSync(join(folder, 'd.csv'), '');
  writeFileSync(join(folder, 'notes.txt'), 'not read');
  const read = await read903Tables(await csvFilesIn(folder));
  assert.deepEqual([...read.present], ['Missing']);
  assert.equal(read.tables.Missing.length, 1);
  assert.deepEqual(
    read.problems.map((problem) => `${problem.file} ${problem.line ?? '-'}: ${problem.message}`),
    [
      'b.csv -: is a second Missing table (the first was a.csv)',
      'c.csv 1: the header row (NAME,ADDRESS) is not one of the SSDA903 tables',
      'd.csv -: is empty',
    ],
  );
});

test('the year of a return is the year of its latest episode or review', async () => {
  const read = await read903Table(
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
      '1,01/04/2025,S,C2,N1,U1,PR1,31/03/2026,E11,,,,\n',
    'episodes.csv',
  );
  const latest = yearOfTables({ Episodes: read.rows, Reviews: [] } as never, dayFromUkDate);
  assert.equal(latest, dayFromUkDate('31/03/2026'));
});

test('a rule whose table was not given is not run, and the report says why', () => {
  const year = collectionYear('2025-26') as CollectionYear;
  const rules = rulesets903['2025-26']!.filter((rule) => rule.code === 'INT01');
  const report = validate903({ year, tables: { Header: [], AD1: [] } as never, present: new Set(['Header']) }, rules);
  assert.deepEqual(report.notRun, [{ rule: 'INT01', reason: 'needs the AD1 table' }]);
});
