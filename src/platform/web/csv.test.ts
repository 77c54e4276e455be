import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell } from './csv.ts';

test('a cell a spreadsheet would run as a formula starts with a single quote; others are as recorded', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r'])
    assert.equal(csvCell(`${start}SUM(A1:A9)`), `'${start}SUM(A1:A9)`, JSON.stringify(start));
  assert.equal(csvCell('=HYPERLINK("http://x")'), `'=HYPERLINK("http://x")`);
  assert.equal(csvCell('Ruby = Assessed'), 'Ruby = Assessed');
  assert.equal(csvCell(" 'quoted"), " 'quoted");
  assert.equal(csvCell(12), '12');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(undefined), '');
});
