import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FinalOrderMade } from '../court/index.ts';
import { courtOrderNotReflected, prefilledFrom, reasonCeasedHint } from './courtOrders.ts';

const amy = { id: 4, name: 'Amy Brook' };
const made = (order: FinalOrderMade['order'], madeDate = '2026-03-03'): FinalOrderMade => ({
  order,
  label: order,
  madeDate,
  proceedingsId: 1,
});
const inCare = (legalStatus: string) => ({ periodStart: '2025-10-01', legalStatus });

describe('a court order the looked-after record does not reflect', () => {
  test('a placement order while the legal status is not E1: change it to E1 on the day', () => {
    assert.deepEqual(courtOrderNotReflected(amy, [made('placement-order')], inCare('C1')), {
      text: "The court made a placement order for Amy Brook on 3 March 2026. Amy Brook's legal status here is still C1 (Interim care order).",
      link: {
        text: 'Record the change of legal status to E1',
        href: '/children/4/looked-after/legal-status?date=2026-03-03&legalStatus=E1',
      },
    });
    assert.equal(courtOrderNotReflected(amy, [made('placement-order')], inCare('E1')), undefined);
  });

  test('a care order replaces an interim order or section 20 only', () => {
    assert.match(courtOrderNotReflected(amy, [made('care-order')], inCare('V2'))!.link.href, /legalStatus=C2$/);
    assert.ok(courtOrderNotReflected(amy, [made('care-order')], inCare('C1')));
    assert.equal(courtOrderNotReflected(amy, [made('care-order')], inCare('C2')), undefined);
    assert.equal(courtOrderNotReflected(amy, [made('care-order')], inCare('E1')), undefined);
  });

  test('an order that gives a home outside care ends the period: E41 for a child arrangements order, the worker’s choice for an SGO', () => {
    const cao = courtOrderNotReflected(amy, [made('child-arrangements-order')], inCare('C2'))!;
    assert.equal(
      cao.text,
      'The court made a child arrangements order for Amy Brook on 3 March 2026. Amy Brook is still looked after here.',
    );
    assert.equal(cao.link.href, '/children/4/looked-after/end?endDate=2026-03-03&reasonCeased=E41');
    assert.equal(
      courtOrderNotReflected(amy, [made('special-guardianship-order')], inCare('C2'))!.link.href,
      '/children/4/looked-after/end?endDate=2026-03-03&courtOrder=special-guardianship-order',
    );
    assert.match(courtOrderNotReflected(amy, [made('no-order')], inCare('C1'))!.text, /made no order for Amy Brook/);
    assert.ok(courtOrderNotReflected(amy, [made('supervision-order')], inCare('V2')));
  });

  test('only the latest order, and only one made during this period of care', () => {
    const orders = [made('care-order', '2025-12-01'), made('placement-order', '2026-03-03')];
    assert.match(courtOrderNotReflected(amy, orders, inCare('C2'))!.text, /placement order/);
    assert.equal(courtOrderNotReflected(amy, [made('placement-order', '2025-09-30')], inCare('C1')), undefined);
    assert.ok(courtOrderNotReflected(amy, [made('placement-order', '2025-10-01')], inCare('C1')));
  });
});

describe('a change form filled in from its address', () => {
  test('a date as its three parts and codes from the 903 lists; anything else left out', () => {
    assert.deepEqual(prefilledFrom({ date: '2026-03-03', legalStatus: 'E1' }), {
      'date-day': '3',
      'date-month': '3',
      'date-year': '2026',
      legalStatus: 'E1',
    });
    assert.deepEqual(
      prefilledFrom({ endDate: '2026-11-09', reasonCeased: 'E41', courtOrder: 'special-guardianship-order' }),
      {
        'endDate-day': '9',
        'endDate-month': '11',
        'endDate-year': '2026',
        reasonCeased: 'E41',
        courtOrder: 'special-guardianship-order',
      },
    );
    assert.deepEqual(
      prefilledFrom({ date: '3 March', legalStatus: 'toString', reasonCeased: 'X1', courtOrder: 'constructor' }),
      {},
    );
  });

  test('the hint names the four SGO reasons; none for an order with one reason', () => {
    assert.equal(
      reasonCeasedHint('special-guardianship-order'),
      'The court made a special guardianship order: select E45, E46, E47 or E48, by who the special guardians are.',
    );
    assert.equal(reasonCeasedHint('child-arrangements-order'), undefined);
    assert.equal(reasonCeasedHint('toString'), undefined);
  });
});
