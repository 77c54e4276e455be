// Every SSDA903 rule of every ruleset: its code and message are the DfE catalogue's, its passing
// example passes and its failing example is flagged exactly where it says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { collectionYear } from '../returnDates.ts';
import type { CollectionYear } from '../returnDates.ts';
import { returnOfExample } from './examples.ts';
import type { Need903 } from './rule.ts';
import { catalogueFiles903, rulesets903 } from './rulesets.ts';
import { validate903 } from './validate.ts';

/** What a return's CSV tables never give (only an XML return or the DfE's own derivations do), and why. */
const csvCannotGive: Partial<Record<Need903, string>> = {
  uascFlag: "applies to the XML return's UASC flag, which CSV tables do not carry",
  previousUascFlag: "applies to the XML return's UASC flag, which CSV tables do not carry",
  placementLocation:
    "compares the DfE's derived placement location with the placement LA, which Harbour derives from the one placement postcode, so they cannot disagree",
};

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

    test('a rule about what CSV tables do not carry is listed as not run on them, saying why', () => {
      const year = collectionYear(yearLabel) as CollectionYear;
      const notCarried = rules.filter((rule) => rule.needs?.some((need) => need in csvCannotGive));
      assert.ok(notCarried.length > 0, 'the ruleset has such rules (105, 205C, 303, 411)');
      for (const rule of notCarried) {
        // Its failing example as the tables alone give it: the lookups a CSV return has, no more.
        const lookups = Object.fromEntries(
          Object.entries(rule.examples.failing.lookups ?? {}).filter(([need]) => !(need in csvCannotGive)),
        );
        const report = validate903(returnOfExample({ ...rule.examples.failing, lookups }, year), [rule]);
        assert.deepEqual(report.findings, [], `rule ${rule.code} finds nothing it cannot judge`);
        const reasons = rule.needs?.flatMap((need) => csvCannotGive[need] ?? []) ?? [];
        assert.deepEqual(report.notRun, [{ rule: rule.code, reason: reasons[0] }], `rule ${rule.code} is not run`);
      }
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
