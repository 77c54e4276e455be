import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { annualFigure, directionOf, ragAgainst } from './judgements.ts';
import { suppressSmallNumbers } from './smallNumbers.ts';

describe('RAG against a target or benchmark', () => {
  test('lower is better: at or under green, up to 5 % over amber, beyond red', () => {
    assert.equal(ragAgainst(22, 22, 'lower'), 'green');
    assert.equal(ragAgainst(11, 22, 'lower'), 'green');
    // 5 % of 22 is 1.1: 23.1 is just within, 23.2 beyond.
    assert.equal(ragAgainst(23.1, 22, 'lower'), 'amber');
    assert.equal(ragAgainst(23.2, 22, 'lower'), 'red');
  });
  test('higher is better: at or over green, up to 5 % under amber, beyond red', () => {
    assert.equal(ragAgainst(90, 90, 'higher'), 'green');
    assert.equal(ragAgainst(85.5, 90, 'higher'), 'amber');
    assert.equal(ragAgainst(85.4, 90, 'higher'), 'red');
  });
  test('no RAG for a neutral indicator, a missing figure or no comparator', () => {
    assert.equal(ragAgainst(520, 500, 'neutral'), undefined);
    assert.equal(ragAgainst(null, 500, 'lower'), undefined);
    assert.equal(ragAgainst(10, undefined, 'lower'), undefined);
  });
  test('a target of 0 is met only by 0', () => {
    assert.equal(ragAgainst(0, 0, 'lower'), 'green');
    assert.equal(ragAgainst(1, 0, 'lower'), 'red');
  });
});

describe('direction of travel', () => {
  test('up, down or the same, better or worse by polarity', () => {
    assert.deepEqual(directionOf(31.2, 29, 'lower'), { direction: 'up', judgement: 'worse' });
    assert.deepEqual(directionOf(27, 29, 'lower'), { direction: 'down', judgement: 'better' });
    assert.deepEqual(directionOf(95, 90, 'higher'), { direction: 'up', judgement: 'better' });
    assert.deepEqual(directionOf(95, 95, 'higher'), { direction: 'same' });
    assert.deepEqual(directionOf(40, 30, 'neutral'), { direction: 'up' });
    assert.equal(directionOf(40, null, 'neutral'), undefined);
  });
});

describe('the year’s figure to compare with an annual benchmark', () => {
  test('a flow rate is scaled up from the months so far; a percentage or a stock is as it is', () => {
    assert.equal(annualFigure({ unit: 'rate10k', measure: 'flow' }, 130, 3), 520);
    assert.equal(annualFigure({ unit: 'count', measure: 'flow' }, 100, 12), 100);
    assert.equal(annualFigure({ unit: 'percent', measure: 'flow' }, 22, 3), 22);
    assert.equal(annualFigure({ unit: 'rate10k', measure: 'stock' }, 70, 3), 70);
    assert.equal(annualFigure({ unit: 'rate10k', measure: 'flow' }, null, 3), null);
  });
});

describe('small numbers withheld from aggregate-only viewers', () => {
  test('a count from 1 to 4 is suppressed; 0 and 5 are shown', () => {
    for (const n of [1, 2, 3, 4])
      assert.deepEqual(suppressSmallNumbers('count', { value: n, numerator: n, denominator: 0 }), {
        value: 'suppressed',
        numerator: 'suppressed',
        denominator: 0,
      });
    assert.deepEqual(suppressSmallNumbers('count', { value: 0, numerator: 0, denominator: 0 }), {
      value: 0,
      numerator: 0,
      denominator: 0,
    });
    assert.equal(suppressSmallNumbers('count', { value: 5, numerator: 5, denominator: 0 }).value, 5);
  });
  test('a percentage of a small group is suppressed with its denominator; of a large one only the small numerator', () => {
    assert.deepEqual(suppressSmallNumbers('percent', { value: 66.7, numerator: 2, denominator: 3 }), {
      value: 'suppressed',
      numerator: 'suppressed',
      denominator: 'suppressed',
    });
    assert.deepEqual(suppressSmallNumbers('percent', { value: 40, numerator: 40, denominator: 4 }), {
      value: 'suppressed',
      numerator: 40,
      denominator: 'suppressed',
    });
    assert.deepEqual(suppressSmallNumbers('percent', { value: 2, numerator: 2, denominator: 100 }), {
      value: 'suppressed',
      numerator: 'suppressed',
      denominator: 100,
    });
    assert.equal(suppressSmallNumbers('percent', { value: 10, numerator: 10, denominator: 100 }).value, 10);
  });
  test('a rate per 10,000 is suppressed when few children make it; its denominator is not a group', () => {
    assert.equal(suppressSmallNumbers('rate10k', { value: 0.5, numerator: 3, denominator: 0 }).value, 'suppressed');
    assert.equal(suppressSmallNumbers('rate10k', { value: 12.1, numerator: 72, denominator: 0 }).value, 12.1);
  });
});
