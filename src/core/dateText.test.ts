import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { longDate, longDateTime } from './dateText.ts';

test('a calendar day reads as GOV.UK writes it, whatever the time zone of the server', () => {
  assert.equal(longDate('2026-12-02'), '2 December 2026');
  assert.equal(longDate(Temporal.PlainDate.from('2027-01-01')), '1 January 2027');
  // The last day of British Summer Time stays itself rather than slipping to the day before.
  assert.equal(longDate('2026-10-25'), '25 October 2026');
});

test('a moment reads as its day and time in England, in summer time too', () => {
  assert.equal(longDateTime(new Date('2026-12-02T14:30:00Z')), '2 December 2026 at 14:30');
  assert.equal(longDateTime('2026-06-30T23:30:00Z'), '1 July 2026 at 00:30');
});
