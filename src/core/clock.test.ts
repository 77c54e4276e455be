import { test } from 'node:test';
import assert from 'node:assert/strict';
import { settableClock, systemClock } from './clock.ts';

test('HARBOUR_TODAY pins the date while the time of day stays real', () => {
  const clock = systemClock('2024-02-29');
  assert.equal(clock.today().toString(), '2024-02-29');
  assert.equal(clock.now().toPlainDate().toString(), '2024-02-29');
  assert.equal(clock.now().timeZoneId, 'Europe/London');
});

test('HARBOUR_TODAY in the wrong shape is refused at start, not misread', () => {
  assert.throws(() => systemClock('25/11/2026'), /HARBOUR_TODAY must be YYYY-MM-DD/);
  assert.throws(() => systemClock('2026-02-30'));
});

test('without HARBOUR_TODAY, today is the date in London', () => {
  const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  assert.equal(systemClock('').today().toString(), expected);
});

test('a settable clock moves forward when a test says so', () => {
  const clock = settableClock('2026-03-26');
  clock.setToday('2026-04-21');
  assert.equal(clock.today().toString(), '2026-04-21');
});
