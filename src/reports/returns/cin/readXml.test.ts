// The CIN census reader: blocks become rows keyed to their child and episode, with their lines.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readCin } from './readXml.ts';

const census = `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header>
    <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
    <Source><SourceLevel>L</SourceLevel><LEA>893</LEA></Source>
  </Header>
  <Children>
    <Child>
      <ChildIdentifiers><LAchildID>C1</LAchildID><UPN>A123456789012</UPN><PersonBirthDate>2015-03-27</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>
      <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>HAND</Disability><Disability>HEAR</Disability></Disabilities></ChildCharacteristics>
      <CINdetails>
        <CINreferralDate>2025-10-06</CINreferralDate>
        <Assessments>
          <AssessmentActualStartDate>2025-10-07</AssessmentActualStartDate>
          <FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>3B</AssessmentFactors></FactorsIdentifiedAtAssessment>
        </Assessments>
        <Section47><S47ActualStartDate>2025-10-08</S47ActualStartDate><DateOfInitialCPC>2025-10-20</DateOfInitialCPC></Section47>
        <ChildProtectionPlans><CPPstartDate>2025-10-20</CPPstartDate><Reviews><CPPreviewDate>2026-01-15</CPPreviewDate></Reviews></ChildProtectionPlans>
      </CINdetails>
    </Child>
  </Children>
</Message>`;

test('each block is a row with its child, its episode and the line it opens on', async () => {
  const { tables, problems } = await readCin(Readable.from([census.slice(0, 400), census.slice(400)]));
  assert.deepEqual(problems, []);
  assert.equal(tables.Header[0]?.ReferenceDate, '2026-03-31');
  assert.equal(tables.Header[0]?.LEA, '893');
  assert.deepEqual(
    tables.Disabilities.map((row) => [row.LAchildID, row.Disability, row.$row]),
    [
      ['C1', 'HAND', 10],
      ['C1', 'HEAR', 10],
    ],
  );
  const [episode] = tables.CINdetails;
  assert.equal(episode?.DateOfInitialCPC, '', 'the ICPC inside Section47 is the s47’s, not the episode’s');
  assert.equal(tables.Section47[0]?.DateOfInitialCPC, '2025-10-20');
  assert.equal(tables.Section47[0]?.CINdetailsID, episode?.CINdetailsID);
  assert.deepEqual(
    tables.AssessmentFactors.map((row) => [row.AssessmentFactors, row.AssessmentID]),
    [
      ['2A', tables.Assessments[0]?.AssessmentID],
      ['3B', tables.Assessments[0]?.AssessmentID],
    ],
  );
  assert.equal(tables.Reviews[0]?.CPPID, tables.ChildProtectionPlans[0]?.CPPID);
  assert.equal(tables.Reviews[0]?.LAchildID, 'C1');
  assert.equal(tables.CINdetails[0]?.$row, 11);
});

test('XML that does not parse is a problem with its line, not a crash', async () => {
  const { problems } = await readCin('<Message>\n<Header>\n</Message>');
  assert.equal(problems.length, 1);
  assert.equal(problems[0]?.line, 3);
  assert.match(problems[0]?.message ?? '', /not well-formed XML/);
});
