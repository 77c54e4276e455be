// A 903 CSV's problems name the line they are on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read903Table } from './readTables.ts';

test('a row with the wrong number of values is a problem on its own line, and the rows after keep their place', async () => {
  const text = [
    'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
    '1,M,01/01/2012,WBRI,UN1,,',
    '2,M,01/01/2012',
    '3,M,01/01/2012,WBRI,UN1,,',
    '4,F,01/01/2012,WBRI,UN1,,',
    '',
  ].join('\n');
  const read = await read903Table(text, 'header.csv');
  assert.equal(read.table, 'Header');
  assert.deepEqual(read.problems, [{ file: 'header.csv', line: 3, message: 'has 3 values; the Header header has 7' }]);
  assert.deepEqual(
    read.rows.map((row) => [row.$row, row.CHILD]),
    [
      [1, '1'],
      [3, '3'],
      [4, '4'],
    ],
  );
});
