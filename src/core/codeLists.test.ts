import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeEntries, codeList, codesIn } from './codeLists.ts';

test('a code list keeps its declared order, integer-like codes included', () => {
  const sources = codeList([
    ['1A', 'Individual: family member'],
    ['4', 'Housing'],
    ['5A', 'Local authority services: social care'],
    ['10', 'Unknown'],
  ]);
  assert.deepEqual(Object.keys(sources), ['4', '10', '1A', '5A'], 'JavaScript alone reorders the codes');
  assert.deepEqual(codesIn(sources), ['1A', '4', '5A', '10']);
  assert.deepEqual(codeEntries(sources)[1], ['4', 'Housing']);
  assert.equal(sources['10'], 'Unknown');
});

test('a code declared twice in one list is refused', () => {
  assert.throws(
    () =>
      codeList([
        ['N1', 'Abuse or neglect'],
        ['N1', 'Child’s disability'],
      ]),
    /N1 is declared twice/,
  );
});
