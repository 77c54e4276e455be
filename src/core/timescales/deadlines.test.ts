import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { harbourTimeZone } from '../clock.ts';
import { londonDate } from './deadlines.ts';

describe('the date in England at a moment', () => {
  const at = (iso: string) => londonDate(Temporal.Instant.from(iso)).toString();
  test('around the clock changes: British Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October', () => {
    assert.equal(at('2026-03-28T23:30:00Z'), '2026-03-28', 'still GMT the night before the clocks go forward');
    assert.equal(at('2026-03-29T23:30:00Z'), '2026-03-30', 'half past midnight BST');
    assert.equal(at('2026-10-24T23:30:00Z'), '2026-10-25', 'half past midnight BST, the night the clocks go back');
    assert.equal(at('2026-10-25T23:30:00Z'), '2026-10-25', 'GMT again');
    assert.equal(at('2024-02-29T23:59:00Z'), '2024-02-29');
    assert.equal(at('2025-12-31T23:59:59Z'), '2025-12-31');
  });
  test('agrees with Temporal converting through the Europe/London time zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1997-01-01T00:00:00Z'), max: new Date('2060-12-31T23:59:59Z'), noInvalidDate: true }),
        (moment) => {
          const instant = Temporal.Instant.fromEpochMilliseconds(moment.getTime());
          assert.equal(
            londonDate(instant).toString(),
            instant.toZonedDateTimeISO(harbourTimeZone).toPlainDate().toString(),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});
