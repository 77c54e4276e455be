import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../app/testing/testDatabase.ts';
import { testActor } from '../../../app/testing/actors.ts';
import type { HarbourDatabase } from '../../../platform/db/connection.ts';
import type { Actor } from '../../../platform/access/audit.ts';
import { readCin } from '../cin/readXml.ts';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { importCin } from './importCin.ts';
import { dateWindow } from './records903.ts';

const window = dateWindow('2026-12-01');

const child = (id: string, body: string, identifiers = '<PersonBirthDate>2012-02-14</PersonBirthDate><Sex>F</Sex>') => `
    <Child>
      <ChildIdentifiers><LAchildID>${id}</LAchildID>${identifiers}</ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>HAND</Disability></Disabilities></ChildCharacteristics>
      ${body}
    </Child>`;

const census = (...children: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header><CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails></Header>
  <Children>${children.join('')}
  </Children>
</Message>
`;

const episode = (closure: string) => `
      <CINdetails>
        <CINreferralDate>2023-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
        ${closure}<ReferralNFA>false</ReferralNFA>
        <Assessments>
          <AssessmentActualStartDate>2023-06-02</AssessmentActualStartDate>
          <AssessmentAuthorisationDate>2023-07-10</AssessmentAuthorisationDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
      </CINdetails>`;

describe('importing a CIN census', () => {
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
    const found = await database.db
      .selectFrom('children')
      .selectAll()
      .where('previous_system_id', '=', id)
      .executeTakeFirstOrThrow();
    const referrals = await database.db
      .selectFrom('referrals')
      .select(['referral_date', 'source', 'closure_date', 'closure_reason', 'imported_from'])
      .where('child_id', '=', found.id)
      .execute();
    const assessments = await database.db
      .selectFrom('assessments')
      .select(['start_date', 'authorisation_date', 'factors'])
      .where('child_id', '=', found.id)
      .execute();
    const disabilities = await database.db
      .selectFrom('child_disabilities')
      .select('code')
      .where('child_id', '=', found.id)
      .execute();
    return { child: found, referrals, assessments, disabilities: disabilities.map((row) => row.code) };
  };

  test('loads the child, the CIN episode as a referral and its assessment; a second run changes nothing', async () => {
    const text = census(child('L1', episode('')));
    const first = await importText(text, collectionYear('2023-24'));
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.children, { created: 1, completed: 0, unchanged: 0, refused: 0 });
    const loaded = await recordsOf('L1');
    assert.equal(loaded.child.sex, 'F');
    assert.deepEqual(loaded.disabilities, ['HAND']);
    assert.deepEqual(loaded.referrals, [
      { referral_date: '2023-06-01', source: '1A', closure_date: null, closure_reason: null, imported_from: 'CIN' },
    ]);
    assert.deepEqual(loaded.assessments, [
      { start_date: '2023-06-02', authorisation_date: '2023-07-10', factors: ['2A', '3B'] },
    ]);
    const second = await importText(text, collectionYear('2023-24'));
    assert.deepEqual(second.children, { created: 0, completed: 0, unchanged: 1, refused: 0 });
    assert.deepEqual(second.records.Referrals, { added: 0, unchanged: 1 });
  });

  test('a later census closes the referral; a different source refuses the child with the difference', async () => {
    const closed = census(
      child('L1', episode('<CINclosureDate>2024-05-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>')),
    );
    assert.deepEqual((await importText(closed)).refused, []);
    assert.equal((await recordsOf('L1')).referrals[0]!.closure_date, '2024-05-01');
    const changed = await importText(closed.replace('<ReferralSource>1A', '<ReferralSource>2B'));
    assert.equal(changed.children.refused, 1);
    assert.match(changed.refused[0]!.message, /ReferralSource 1A; the census says 2B/);
  });

  test('unknown codes, impossible dates, a child twice and malformed XML are reported by line', async () => {
    const report = await importText(
      census(
        child('M1', episode('').replace('<ReferralSource>1A', '<ReferralSource>ZZ')),
        child('M2', '', '<PersonBirthDate>2012-02-30</PersonBirthDate><Sex>F</Sex>'),
        child('M3', ''),
        child('M3', ''),
      ),
    );
    const messages = report.refused.map((refusal) => `${refusal.line} ${refusal.child} ${refusal.message}`);
    assert.ok(
      messages.some((message) => /^\d+ M1 ReferralSource ZZ is not a code of the return$/.test(message)),
      messages.join('\n'),
    );
    assert.ok(messages.some((message) => /M2 PersonBirthDate 2012-02-30 is not a real date/.test(message)));
    assert.ok(messages.some((message) => /M3 LAchildID M3 is a second child of the census/.test(message)));
    assert.equal(report.children.created, 0);
    const broken = await importText('<Message><Children><Child>');
    assert.ok(broken.refused.length > 0);
  });

  test('a census of another year is refused whole', async () => {
    const report = await importText(census(child('N1', episode(''))), collectionYear('2019-20'));
    assert.match(report.refused[0]!.message, /none of its 1 CIN episodes was open in 2019-20/);
    assert.equal(report.children.created, 0);
  });
});
