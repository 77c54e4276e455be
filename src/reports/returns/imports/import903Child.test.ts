import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from '../ssda903/build.ts';
import { import903Harness } from '../../../app/testing/returnImports.ts';

// The 903's Header MOTHER and MC_DOB, the UASC row held to the Header, and PrevPerm.

const year = collectionYear('2025-26') as CollectionYear;
const files = (child: string, header: string, more: Record<string, string[]> = {}) => ({
  'header.csv': ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', `${child},${header}`],
  'episodes.csv': [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
    `${child},05/06/2025,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,`,
  ],
  ...more,
});

describe('importing the 903’s motherhood, UASC and previous permanence', () => {
  const harness = import903Harness(year);
  const { importFolder, childIdOf: idOf } = harness;

  test('MC_DOB is the birth of her first child, recorded once; the export gives MOTHER and MC_DOB back', async () => {
    const given = files('M1', 'F,14/02/2008,WBRI,,1,03/01/2026');
    const first = await importFolder(given);
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records['Header (MOTHER, MC_DOB)'], { added: 1, unchanged: 0 });
    assert.ok(!first.notCarried.includes('Header.MOTHER'));
    const second = await importFolder(given);
    assert.deepEqual(second.records['Header (MOTHER, MC_DOB)'], { added: 0, unchanged: 1 });
    const childId = await idOf('M1');
    const births = await harness.db
      .selectFrom('births_to_young_people')
      .select(['born_on', 'imported_from'])
      .where('child_id', '=', childId)
      .execute();
    assert.deepEqual(births, [{ born_on: '2026-01-03', imported_from: 'SSDA903' }]);
    const header = (await build903(harness.db, year)).Header.find((row) => row.CHILD === String(childId))!;
    assert.deepEqual([header.MOTHER, header.MC_DOB], ['1', '03/01/2026']);

    const notMother = await importFolder(files('M1', 'F,14/02/2008,WBRI,,0,'));
    assert.match(
      notMother.refused[0]!.message,
      /Harbour holds the birth of her child on 2026-01-03; the return says MOTHER 0/,
    );
  });

  test('a mother without MC_DOB, or MC_DOB without a mother, is refused by line', async () => {
    const blank = await importFolder(files('M2', 'F,14/02/2008,WBRI,,1,'));
    assert.deepEqual(
      blank.refused
        .filter((refusal) => refusal.file.endsWith('header.csv'))
        .map((refusal) => [refusal.line, refusal.message]),
      [[2, 'MC_DOB is blank for a mother']],
    );
    const notHers = await importFolder(files('M3', 'F,14/02/2008,WBRI,,0,03/01/2026'));
    assert.equal(notHers.children.refused, 1);
    assert.ok(notHers.refused.some((refusal) => refusal.message === 'MC_DOB is given but MOTHER is not 1'));
  });

  test("a UASC row whose SEX or DOB is not the Header's refuses the child at the UASC row", async () => {
    const report = await importFolder(
      files('U9', 'F,14/02/2010,WBRI,,0,', { 'uasc.csv': ['CHILD,SEX,DOB,DUC', 'U9,M,15/02/2010,'] }),
    );
    assert.equal(report.children.refused, 1);
    const messages = report.refused
      .filter((refusal) => refusal.file.endsWith('uasc.csv') && refusal.line === 2)
      .map((refusal) => refusal.message);
    assert.ok(messages.includes('UASC gives SEX M and the Header F'), messages.join('; '));
    assert.ok(messages.includes("UASC gives DOB 15/02/2010, not the Header's"), messages.join('; '));
  });

  test('PrevPerm is what was said of the period of care begun in the year, partial dates kept; a different one refuses', async () => {
    const prevPerm = (row: string) =>
      files('P1', 'M,14/02/2012,WBRI,,,', { 'prevperm.csv': ['CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', row] });
    const first = await importFolder(prevPerm('P1,14/02/2012,P2,873,ZZ/05/2020'));
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records.PrevPerm, { added: 1, unchanged: 0 });
    assert.deepEqual((await importFolder(prevPerm('P1,14/02/2012,P2,873,ZZ/05/2020'))).records.PrevPerm, {
      added: 0,
      unchanged: 1,
    });
    const childId = await idOf('P1');
    const row = (await build903(harness.db, year)).PrevPerm.find((given) => given.CHILD === String(childId))!;
    assert.deepEqual([row.PREV_PERM, row.LA_PERM, row.DATE_PERM], ['P2', '873', 'ZZ/05/2020']);
    const differs = await importFolder(prevPerm('P1,14/02/2012,P1,873,ZZ/05/2020'));
    assert.equal(differs.children.refused, 1);
    const wrong = await importFolder(
      files('P2', 'M,14/02/2012,WBRI,,,', {
        'prevperm.csv': ['CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM', 'P2,14/02/2012,Z1,873,05/2020'],
      }),
    );
    const messages = wrong.refused.map((refusal) => refusal.message);
    assert.ok(
      messages.includes('DATE_PERM 05/2020 is not a date (DD/MM/YYYY, ZZ for what is not known)'),
      messages.join('; '),
    );
    assert.ok(messages.includes('LA_PERM and DATE_PERM go only with PREV_PERM P1, P2 or P3'), messages.join('; '));
  });
});
