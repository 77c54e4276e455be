// Every SSDA903 rule of every ruleset: its code and message are the DfE catalogue's, its passing
// example passes and its failing example is flagged exactly where it says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { collectionYear } from '../returnDates.ts';
import type { CollectionYear } from '../returnDates.ts';
import { returnOfExample } from './examples.ts';
import { catalogueFiles903, rulesets903 } from './rulesets.ts';
import { validate903 } from './validate.ts';

function catalogue(file: string): Map<string, string> {
  // Not trimmed: a message may end in a space (348's does), and the file's last line is a message too.
  const lines = readFileSync(new URL(`./catalogue/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '');
  return new Map(lines.map((line) => line.split('\t') as [string, string]));
}

for (const [yearLabel, rules] of Object.entries(rulesets903)) {
  describe(`SSDA903 ${yearLabel} rules`, () => {
    const published = catalogue(catalogueFiles903[yearLabel] ?? '');

    test('each rule is in the DfE catalogue once, with its message as published', (t) => {
      const codes = rules.map((rule) => rule.code);
      assert.deepEqual(
        codes.filter((code, index) => codes.indexOf(code) !== index),
        [],
        'a code registered twice',
      );
      for (const rule of rules) assert.equal(rule.message, published.get(rule.code), `rule ${rule.code}'s message`);
      const unbuilt = [...published.keys()].filter((code) => !codes.includes(code));
      t.diagnostic(`${rules.length} of ${published.size} rules built; not yet: ${unbuilt.join(' ')}`);
    });

    for (const rule of rules) {
      test(`rule ${rule.code}`, () => {
        const year = collectionYear(rule.examples.year ?? yearLabel) as CollectionYear;
        const passing = validate903(returnOfExample(rule.examples.passing, year), [rule]);
        assert.deepEqual(passing.notRun, [], 'the passing example gives what the rule needs');
        assert.deepEqual(passing.findings, [], 'the passing example passes');
        const failing = validate903(returnOfExample(rule.examples.failing, year), [rule]);
        const where = failing.findings.map((finding) => `${finding.table} ${finding.row ?? finding.child}`).sort();
        const expected = rule.examples.flags.map(([table, at]) => `${table} ${at}`).sort();
        assert.deepEqual(where, expected, 'the failing example is flagged where it says');
      });
    }
  });
}
