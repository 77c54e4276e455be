// The importers meet files from any system, so random bytes and mutated valid files go through
// the readers and the whole import: never a throw, always a report, every refusal with its file.
// HARBOUR_FUZZ_RUNS sets the cases (a few in `npm test`, more in CI).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { testDatabase } from '../../../app/testing/testDatabase.ts';
import { testActor } from '../../../app/testing/actors.ts';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import type { Actor } from '../../../platform/access/audit.ts';
import { read903Table, type ReadTables } from '../ssda903/readTables.ts';
import { emptyTables, type Row903, type TableName } from '../ssda903/tables.ts';
import { readCin } from '../cin/readXml.ts';
import { collectionYear } from '../returnDates.ts';
import { import903, plan903 } from './import903.ts';
import { importCin } from './importCin.ts';
import { dateWindow } from './records903.ts';

const runs = Number(process.env.HARBOUR_FUZZ_RUNS ?? '') || 4;
const window = dateWindow('2026-12-01');

const valid903: Record<string, string> = {
  'header.csv':
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,F,14/02/2012,WBRI,A123456789012,,\nB2,M,01/09/2008,AIND,UN1,,\n',
  'episodes.csv':
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
    'A1,05/06/2023,S,C1,N1,U4,PR1,01/11/2023,X1,CARPL,SY1 1,SY3 9,\n' +
    'A1,01/11/2023,P,C1,N1,U6,PR1,,,,SY1 1,SY4 2,\n' +
    'B2,10/10/2023,S,V2,N2,K2,PR3,20/10/2023,E13,,SY2 1,WV1 1,SC123456\n',
  'reviews.csv': 'CHILD,DOB,REVIEW,REVIEW_CODE\nA1,14/02/2012,01/09/2023,PN1\n',
};

const validCin = `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>A1</LAchildID><UPN>A123456789012</UPN><PersonBirthDate>2012-02-14</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
        <CINclosureDate>2023-09-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>false</ReferralNFA>
      </CINdetails>
    </Child>
  </Children>
</Message>
`;

/** A valid file with characters replaced, deleted or inserted (quotes, commas, brackets, line ends among them). */
const mutated = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('replace', 'delete', 'insert'),
        with: fc.oneof(
          fc.constantFrom('"', ',', '\n', '\r', '<', '>', '/', '&', '\u0000', '31/02/2020', ''),
          fc.string(),
        ),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((mutations) =>
      mutations.reduce((current, mutation) => {
        const at = current.length ? mutation.at % current.length : 0;
        const tail = current.slice(at + (mutation.kind === 'insert' ? 0 : 1));
        return current.slice(0, at) + (mutation.kind === 'delete' ? '' : mutation.with) + tail;
      }, text),
    );

const bytes = fc.uint8Array({ maxLength: 2000 }).map((array) => Buffer.from(array).toString('latin1'));

async function readTexts(files: Record<string, string>): Promise<ReadTables> {
  const tables = emptyTables() as unknown as Record<TableName, Row903[]>;
  const present = new Set<TableName>();
  const names = new Map<TableName, string>();
  const problems: ReadTables['problems'][number][] = [];
  for (const [file, text] of Object.entries(files)) {
    const read = await read903Table(text, file);
    problems.push(...read.problems);
    if (!read.table || present.has(read.table)) continue;
    present.add(read.table);
    names.set(read.table, file);
    tables[read.table] = read.rows;
  }
  return { tables: tables as unknown as ReadTables['tables'], present, files: names, problems };
}

const file903 = fc.oneof(
  ...Object.entries(valid903).map(([name, text]) =>
    fc.record({ name: fc.constant(name), text: fc.oneof(mutated(text), bytes) }),
  ),
);

describe('the 903 reader and plan on hostile files (pure, many cases)', () => {
  test('never throw; every refusal names a file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file903, { minLength: 1, maxLength: 3 }), async (files) => {
        const read = await readTexts(Object.fromEntries(files.map((file) => [file.name, file.text])));
        const plan = plan903(read, window, collectionYear('2023-24'));
        for (const refusal of [...plan.refused, ...plan.children.flatMap((child) => child.problems)])
          assert.ok(refusal.file && refusal.message);
      }),
      { numRuns: runs * 25 },
    );
  });
});

describe('the importers on hostile files (through the database)', () => {
  let database: HarbourDatabase;
  let actor: Actor;
  before(async () => {
    database = await testDatabase();
    actor = await testActor(database.db, 'administrator');
  });
  after(() => database.close());

  test('a mutated 903 year never throws and always reports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file903, { minLength: 1, maxLength: 3 }), async (files) => {
        const read = await readTexts(Object.fromEntries(files.map((file) => [file.name, file.text])));
        const report = await import903(database.db, actor, read, { window, year: null });
        assert.ok(Array.isArray(report.refused));
        assert.ok(report.children.created + report.children.unchanged + report.children.refused >= 0);
      }),
      { numRuns: runs },
    );
  });

  test('a mutated CIN census never throws and always reports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(validCin), bytes), async (text) => {
        const report = await importCin(database.db, actor, await readCin(text), 'census.xml', { window, year: null });
        assert.ok(Array.isArray(report.refused));
      }),
      { numRuns: runs },
    );
  });
});
