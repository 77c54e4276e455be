import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Temporal } from 'temporal-polyfill';
import { readDateInput } from './dateInput.ts';

const read = (day: string, month: string, year: string, rules = {}) =>
  readDateInput({ 'dob-day': day, 'dob-month': month, 'dob-year': year }, 'dob', { label: 'Date of birth', ...rules });

test('a real date is read as YYYY-MM-DD, including 29 February in a leap year', () => {
  assert.deepEqual(read('29', '2', '2024'), { ok: true, value: '2024-02-29' });
  assert.deepEqual(read('05', '01', '2026'), { ok: true, value: '2026-01-05' });
});

test('GOV.UK messages for empty, incomplete and impossible dates', () => {
  assert.deepEqual(read('', '', ''), { ok: false, message: 'Enter date of birth', part: 'day' });
  assert.deepEqual(read('', '', '', { required: false }), { ok: true, value: null });
  assert.deepEqual(read('12', '', '2020'), { ok: false, message: 'Date of birth must include a month', part: 'month' });
  assert.deepEqual(read('', '', '2020'), {
    ok: false,
    message: 'Date of birth must include a day and month',
    part: 'day',
  });
  assert.equal((read('29', '2', '2023') as { message: string }).message, 'Date of birth must be a real date');
  assert.equal((read('31', '4', '2026') as { message: string }).message, 'Date of birth must be a real date');
  assert.equal((read('1', 'Jan', '2026') as { part: string }).part, 'month');
  assert.equal((read('1', '1', '26') as { part: string }).part, 'year');
});

test('dates in the future are refused where they cannot be', () => {
  const today = Temporal.PlainDate.from('2026-11-25');
  assert.deepEqual(read('25', '11', '2026', { notAfter: today }), { ok: true, value: '2026-11-25' });
  assert.deepEqual(read('26', '11', '2026', { notAfter: today }), {
    ok: false,
    message: 'Date of birth must be today or in the past',
    part: 'day',
  });
});
