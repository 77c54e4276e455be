import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidNhsNumber, nhsCheckDigit } from './nhsNumber.ts';

test('an NHS number whose tenth digit is its check digit is valid', () => {
  // The NHS Data Dictionary's worked example: 943 476 591, weighted sum 299, remainder 2, check 9.
  assert.equal(nhsCheckDigit('943476591'), 9);
  assert.equal(isValidNhsNumber('9434765919'), true);
  // A remainder of 0 gives 11, written as 0.
  // 999 000 005: weighted sum 253, remainder 0.
  assert.equal(nhsCheckDigit('999000005'), 0);
  assert.equal(isValidNhsNumber('9990000050'), true);
});

test('a wrong check digit, a check digit that would be 10 and anything but ten digits are not NHS numbers', () => {
  assert.equal(isValidNhsNumber('9434765918'), false);
  // 999 000 000: weighted sum 243, remainder 1, so the check digit would be 10 and no number has it.
  assert.equal(nhsCheckDigit('999000000'), undefined);
  for (let last = 0; last <= 9; last++) assert.equal(isValidNhsNumber(`999000000${last}`), false);
  assert.equal(isValidNhsNumber('943476591'), false);
  assert.equal(isValidNhsNumber('94347659190'), false);
  assert.equal(isValidNhsNumber('943476591X'), false);
});
