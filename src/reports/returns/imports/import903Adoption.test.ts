import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { collectionYear, type CollectionYear } from '../returnDates.ts';
import { build903 } from '../ssda903/build.ts';
import { import903Harness } from '../../../app/testing/returnImports.ts';

// The 903's PlacedAdoption and AD1: the decision, its reversal, and the adoption of a child who
// left care adopted in 2023-24 with the adopters who adopted them.

const y2023 = collectionYear('2023-24') as CollectionYear;
const ad1Header = 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR';
const placedHeader = 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED';
const episodesHeader = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';

/** A child in foster care from 2021, placed for adoption with their foster carers on 1 June 2023 and adopted on 1 December. */
const adopted = (child: string, given: { ad1?: string[]; placed?: string[]; place?: string }) => ({
  'header.csv': ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', `${child},F,14/02/2019,WBRI,,,`],
  'episodes.csv': [
    episodesHeader,
    `${child},05/06/2021,S,C2,N1,U4,PR1,01/06/2023,X1,CARPL,SY1 1,SY3 9,`,
    `${child},01/06/2023,T,E1,N1,${given.place ?? 'A5'},PR1,01/12/2023,E11,,SY1 1,SY3 9,`,
  ],
  'ad1.csv': [ad1Header, ...(given.ad1 ?? [])],
  'placed.csv': [placedHeader, ...(given.placed ?? [])],
});

describe('importing the 903’s PlacedAdoption and AD1', () => {
  const harness = import903Harness(y2023);
  const { importFolder, childIdOf } = harness;

  const plansOf = async (id: string) =>
    (
      await harness.db
        .selectFrom('adoption_plans')
        .select([
          'should_be_placed_date',
          'matched_date',
          'placed_date',
          'adoption_order_date',
          'ended_date',
          'plan_change_reason',
          'reason_placed_ceased',
          'adopters_sex',
          'adopters_legal_status',
          'imported_from',
        ])
        .where('child_id', '=', await childIdOf(id))
        .orderBy('should_be_placed_date')
        .execute()
    ).map((row) => Object.values(row) as unknown[]);

  const refusedIn = (report: Awaited<ReturnType<typeof importFolder>>, file: string) =>
    report.refused.filter((refusal) => refusal.file.endsWith(file)).map((refusal) => [refusal.line, refusal.message]);

  test('an adoption in the year is held as adopted from the episode, with its match and adopters, once; the export gives the rows back', async () => {
    const given = adopted('A1', {
      ad1: ['A1,14/02/2019,10/01/2023,15/05/2023,1,2,MF,L11'],
      placed: ['A1,14/02/2019,10/01/2023,,'],
    });
    const first = await importFolder(given);
    assert.deepEqual(first.refused, []);
    assert.deepEqual(first.records['Adoption plans'], { added: 1, unchanged: 0 });
    assert.ok(!first.notCarried.some((name) => name.startsWith('AD1') || name.startsWith('PlacedAdoption')));
    const held = await plansOf('A1');
    // Placed when the A5 placement began, adopted when the episode ended E11: adopted, not ended.
    assert.deepEqual(held, [
      ['2023-01-10', '2023-05-15', '2023-06-01', '2023-12-01', null, null, null, 'MF', 'L11', 'SSDA903'],
    ]);
    const second = await importFolder(given);
    assert.deepEqual(second.refused, []);
    assert.deepEqual(second.records['Adoption plans'], { added: 0, unchanged: 1 });
    assert.deepEqual(await plansOf('A1'), held);

    const exported = await build903(harness.db, y2023);
    const child = String(await childIdOf('A1'));
    const { $row: _ad1, ...ad1 } = exported.AD1.find((row) => row.CHILD === child)!;
    assert.deepEqual(ad1, {
      CHILD: child,
      DOB: '14/02/2019',
      DATE_INT: '10/01/2023',
      DATE_MATCH: '15/05/2023',
      FOSTER_CARE: '1',
      NB_ADOPTR: '2',
      SEX_ADOPTR: 'MF',
      LS_ADOPTR: 'L11',
    });
    const { $row: _placed, ...decision } = exported.PlacedAdoption.find((row) => row.CHILD === child)!;
    assert.deepEqual(decision, {
      CHILD: child,
      DOB: '14/02/2019',
      DATE_PLACED: '10/01/2023',
      DATE_PLACED_CEASED: '',
      REASON_PLACED_CEASED: '',
    });
  });

  test('a decision reversed before the child was placed ends the plan for its reason, and exports its RD code', async () => {
    const given = {
      'header.csv': ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'B1,M,03/03/2020,WBRI,,,'],
      'episodes.csv': [episodesHeader, 'B1,05/06/2021,S,C2,N1,U4,PR1,,,,SY1 1,SY3 9,'],
      'placed.csv': [placedHeader, 'B1,03/03/2020,10/01/2023,20/09/2023,RD2'],
    };
    assert.deepEqual((await importFolder(given)).refused, []);
    assert.deepEqual(await plansOf('B1'), [
      ['2023-01-10', null, null, null, '2023-09-20', 'no-placement-order', null, null, null, 'SSDA903'],
    ]);
    assert.deepEqual((await importFolder(given)).records['Adoption plans'], { added: 0, unchanged: 1 });
    const child = String(await childIdOf('B1'));
    const row = (await build903(harness.db, y2023)).PlacedAdoption.find((placed) => placed.CHILD === child)!;
    assert.deepEqual(
      [row.DATE_PLACED, row.DATE_PLACED_CEASED, row.REASON_PLACED_CEASED],
      ['10/01/2023', '20/09/2023', 'RD2'],
    );
  });

  test('REASON_PLACED_CEASED E11 on the day of the adoption is the adoption, not a reversal', async () => {
    const report = await importFolder(
      adopted('C1', {
        ad1: ['C1,14/02/2019,10/01/2023,15/05/2023,1,1,F1,L0'],
        placed: ['C1,14/02/2019,10/01/2023,01/12/2023,E11'],
      }),
    );
    assert.deepEqual(report.refused, []);
    assert.deepEqual(await plansOf('C1'), [
      ['2023-01-10', '2023-05-15', '2023-06-01', '2023-12-01', null, null, null, 'F1', 'L0', 'SSDA903'],
    ]);
  });

  test('a return that differs from what Harbour holds refuses the child whole, every line with the reason', async () => {
    await importFolder(adopted('D1', { ad1: ['D1,14/02/2019,10/01/2023,15/05/2023,1,1,M1,L0'] }));
    const before = await plansOf('D1');
    const differs = await importFolder(adopted('D1', { ad1: ['D1,14/02/2019,10/01/2023,20/05/2023,1,1,M1,L0'] }));
    assert.equal(differs.children.refused, 1);
    const reason = 'Harbour holds the match on 2023-05-15 for the decision of 2023-01-10; the return says 2023-05-20';
    assert.deepEqual(refusedIn(differs, 'ad1.csv'), [[2, reason]]);
    assert.deepEqual(refusedIn(differs, 'episodes.csv'), [
      [2, reason],
      [3, reason],
    ]);
    assert.deepEqual(await plansOf('D1'), before);
  });

  test('rows that contradict each other or the episodes are refused by line, and nothing of the child is loaded', async () => {
    const report = await importFolder(
      adopted('E1', {
        place: 'A6',
        ad1: ['E1,14/02/2019,10/01/2023,15/05/2023,1,1,M1,L0'],
        placed: ['E1,14/02/2019,10/01/2023,01/09/2023,RD3'],
      }),
    );
    assert.equal(report.children.refused, 1);
    assert.deepEqual(refusedIn(report, 'ad1.csv'), [
      [
        2,
        'FOSTER_CARE 1 does not agree with the placement the child was adopted from (PLACE A6): adopted by their foster carers is A3 or A5',
      ],
      [2, 'the decision of DATE_INT 2023-01-10 was reversed, yet AD1 says the child was adopted'],
    ]);
    const none = await harness.db.selectFrom('children').select('id').where('previous_system_id', '=', 'E1').execute();
    assert.deepEqual(none, []);
  });

  test('impossible codes and dates are refused by line', async () => {
    const report = await importFolder(
      adopted('F1', {
        ad1: ['F1,14/02/2019,10/01/2023,15/12/2022,2,1,MF,L12'],
        placed: [
          'F1,14/02/2019,31/02/2023,,',
          'F1,14/02/2019,10/01/2023,01/09/2023,RD9',
          'F1,14/02/2019,12/01/2023,,RD1',
        ],
      }),
    );
    const messages = (file: string) => refusedIn(report, file).map(([line, message]) => `${line} ${message}`);
    for (const expected of [
      '2 NB_ADOPTR 1 does not agree with SEX_ADOPTR MF',
      '2 LS_ADOPTR L12 does not agree with SEX_ADOPTR MF',
      '2 DATE_MATCH 15/12/2022 is before DATE_INT 10/01/2023',
      '2 FOSTER_CARE 2 is not 0 or 1',
    ])
      assert.ok(messages('ad1.csv').includes(expected), `${expected} in ${messages('ad1.csv').join('; ')}`);
    for (const expected of [
      '2 DATE_PLACED 31/02/2023 is not a real date',
      '3 REASON_PLACED_CEASED RD9 is not a code of the return',
      '4 DATE_PLACED_CEASED and REASON_PLACED_CEASED are given only together',
    ])
      assert.ok(messages('placed.csv').includes(expected), `${expected} in ${messages('placed.csv').join('; ')}`);
    assert.equal(report.children.refused, 1);
  });
});
