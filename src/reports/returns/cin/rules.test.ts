// Every CIN census rule of every ruleset: its code and message are the DfE catalogue's, its passing
// example passes and its failing example is flagged exactly where it says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { collectionYear } from '../returnDates.ts';
import type { CollectionYear } from '../returnDates.ts';
import { cinTablesOf } from './examples.ts';
import { cinCatalogueFiles, cinRulesets } from './rulesets.ts';
import { validateCin } from './validate.ts';

function catalogue(file: string): Map<string, string> {
  const lines = readFileSync(new URL(`./catalogue/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return new Map(lines.map((line) => line.split('\t') as [string, string]));
}

for (const [yearLabel, rules] of Object.entries(cinRulesets)) {
  describe(`CIN census ${yearLabel} rules`, () => {
    const published = catalogue(cinCatalogueFiles[yearLabel] ?? '');

    test('every rule of the DfE catalogue is built once, with its message as published', () => {
      const codes = rules.map((rule) => rule.code);
      assert.deepEqual(
        codes.filter((code, index) => codes.indexOf(code) !== index),
        [],
        'a code registered twice',
      );
      for (const rule of rules) assert.equal(rule.message, published.get(rule.code), `rule ${rule.code}'s message`);
      assert.deepEqual(
        [...published.keys()].filter((code) => !codes.includes(code)),
        [],
        'catalogue codes with no rule',
      );
    });

    for (const rule of rules) {
      test(`rule ${rule.code}`, () => {
        const year = collectionYear(rule.examples.year ?? yearLabel) as CollectionYear;
        assert.deepEqual(validateCin(year, cinTablesOf(rule.examples.passing), [rule]).findings, [], 'passing example');
        const failing = validateCin(year, cinTablesOf(rule.examples.failing), [rule]).findings;
        const where = failing.map((finding) => `${finding.table} ${finding.row ?? finding.child}`).sort();
        const expected = rule.examples.flags.map(([table, at]) => `${table} ${at}`).sort();
        assert.deepEqual(where, expected, 'the failing example is flagged where it says');
      });
    }
  });
}
