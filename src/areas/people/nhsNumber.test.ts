import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isValidNhsNumber,
  nhsCheckDigit,
  nhsNumberAsWritten,
  nhsNumberRecorded,
  nhsNumberShown,
  nhsNumberTyped,
} from './nhsNumber.ts';

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

test('real NHS numbers from the NHS Data Dictionary and test data pass; one digit changed or swapped fails', () => {
  // 401 023 213: 4×10 + 0×9 + 1×8 + 0×7 + 2×6 + 3×5 + 2×4 + 1×3 + 3×2 = 92, remainder 4, check 7.
  assert.equal(nhsCheckDigit('401023213'), 7);
  assert.equal(isValidNhsNumber('4010232137'), true);
  assert.equal(isValidNhsNumber('4010232138'), false);
  // Two digits swapped change the weighted sum, so the check digit catches them.
  assert.equal(isValidNhsNumber('4100232137'), false);
  // A remainder of 10 gives check digit 1: 999 000 013's weighted sum is 252 (22 × 11 + 10).
  assert.equal(nhsCheckDigit('999000013'), 1);
  assert.equal(isValidNhsNumber('9990000131'), true);
});

test('an NHS number is read with the spaces of an NHS card and shown in threes, threes and four', () => {
  assert.equal(nhsNumberTyped(' 943 476  5919 '), '9434765919');
  assert.equal(nhsNumberAsWritten('9434765919'), '943 476 5919');
});

test("the child's record shows the number as written, the reason it is not known, or that it is not recorded", () => {
  const child = {
    nhs_number: null,
    nhs_number_unknown: null,
    nhs_number_unknown_detail: null,
    date_of_birth: '2026-11-30',
  };
  assert.equal(nhsNumberShown({ ...child, nhs_number: '4010232137' }), '401 023 2137');
  assert.equal(
    nhsNumberShown({ ...child, nhs_number_unknown: 'requested' }),
    'Not known: requested from the NHS, not yet received',
  );
  assert.equal(
    nhsNumberShown({
      ...child,
      nhs_number_unknown: 'other',
      nhs_number_unknown_detail: 'Adoption: new number awaited',
    }),
    'Not known: Adoption: new number awaited',
  );
  assert.equal(nhsNumberShown(child), 'Not recorded');
  assert.equal(nhsNumberShown({ ...child, date_of_birth: null }), 'Not yet: given at birth');
});

test('a form records the number, or why it is not known, and says what is missing', () => {
  const empty = { nhsNumber: null, nhsNumberUnknownDetail: null };
  assert.deepEqual(nhsNumberRecorded({ ...empty, nhsNumber: '9434765919', nhsNumberUnknown: 'requested' }, false), {
    ok: true,
    value: { nhsNumber: '9434765919', nhsNumberUnknown: null, nhsNumberUnknownDetail: null },
  });
  assert.deepEqual(nhsNumberRecorded(empty, false), {
    ok: false,
    field: 'nhsNumberUnknown',
    message: 'Enter the NHS number, or select why it is not known',
  });
  assert.deepEqual(
    nhsNumberRecorded({ ...empty, nhsNumberUnknown: 'uasc', nhsNumberUnknownDetail: 'ignored' }, false),
    {
      ok: true,
      value: { nhsNumber: null, nhsNumberUnknown: 'uasc', nhsNumberUnknownDetail: null },
    },
  );
  assert.deepEqual(nhsNumberRecorded({ ...empty, nhsNumberUnknown: 'other' }, false), {
    ok: false,
    field: 'nhsNumberUnknownDetail',
    message: 'Enter why the NHS number is not known',
  });
  // An unborn child is given a number at birth: none is asked for, and none can be recorded yet.
  assert.deepEqual(nhsNumberRecorded(empty, true), {
    ok: true,
    value: { nhsNumber: null, nhsNumberUnknown: null, nhsNumberUnknownDetail: null },
  });
  assert.equal(nhsNumberRecorded({ ...empty, nhsNumber: '9434765919' }, true).ok, false);
});
