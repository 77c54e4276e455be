import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adoptersAgree, numberOfAdopters } from './adopters.ts';

// The 903's AD1 rules on the adopters, with the rows of the DfE's own examples.

test('one adopter is M1 or F1; a couple is MM, FF or MF (NB_ADOPTR, rule 511)', () => {
  assert.equal(numberOfAdopters('F1'), 1);
  assert.equal(numberOfAdopters('M1'), 1);
  assert.equal(numberOfAdopters('MF'), 2);
  assert.equal(numberOfAdopters('FF'), 2);
});

test('a single adopter (L0) is M1 or F1, not a couple (rule 514)', () => {
  assert.ok(adoptersAgree('F1', 'L0'));
  assert.ok(!adoptersAgree('FF', 'L0'));
});

test('a different-sex married (L11) or unmarried (L3) couple is MF (rules 520, 517)', () => {
  assert.ok(adoptersAgree('MF', 'L11'));
  assert.ok(!adoptersAgree('MM', 'L11'));
  assert.ok(adoptersAgree('MF', 'L3'));
  assert.ok(!adoptersAgree('FF', 'L3'));
});

test('a same-sex married (L12) or unmarried (L4) couple is MM or FF (rules 524, 518)', () => {
  assert.ok(adoptersAgree('FF', 'L12'));
  assert.ok(!adoptersAgree('MF', 'L12'));
  assert.ok(adoptersAgree('MM', 'L4'));
  assert.ok(!adoptersAgree('MF', 'L4'));
});

test('civil partners (L2) are a couple of either kind, never one adopter (rule 519)', () => {
  assert.ok(adoptersAgree('FF', 'L2'));
  assert.ok(adoptersAgree('MF', 'L2'));
  assert.ok(!adoptersAgree('F1', 'L2'));
});
