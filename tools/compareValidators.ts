// Runs Harbour's validation and the community validators (data-to-insight's csc-validator-be-903
// and -be-cin, MIT, Python with pandas) on the same files and prints their agreement rule by rule.
//
//   npx tsx tools/compareValidators.ts 903 DIR [--previous DIR] --year 2025-26 [--community PATH] [--json]
//   npx tsx tools/compareValidators.ts cin FILE.xml --year 2025-26 [--community PATH] [--json]
//
// PATH is a checkout of the community validator (default: $HARBOUR_COMMUNITY_903 / $HARBOUR_COMMUNITY_CIN).
// Debian's python3-pandas, python3-click and python3-rich run them. The 903 validator's postcode
// reference packages are not packaged: tools/communityValidators/shims stand in with no postcodes,
// so its postcode-derived rules are listed as not comparable. 903 rules are compared by the rows
// they flag, CIN rules by the children (the two read the XML into different tables). The community
// validator is given only the files Harbour read (a folder with two files of one table would
// otherwise have each side read a different one). docs/validator-agreement.md judges each difference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { collectionYear } from '../src/reports/returns/returnDates.ts';
import type { Finding } from '../src/reports/returns/findings.ts';
import { csvFilesIn, read903Tables } from '../src/reports/returns/ssda903/readTables.ts';
import { rulesets903 } from '../src/reports/returns/ssda903/rulesets.ts';
import { validate903 } from '../src/reports/returns/ssda903/validate.ts';
import { readCinFile } from '../src/reports/returns/cin/readXml.ts';
import { cinRulesets } from '../src/reports/returns/cin/rulesets.ts';
import { validateCin } from '../src/reports/returns/cin/validate.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    previous: { type: 'string' },
    community: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
const [kind, input] = positionals;
const year = collectionYear(values.year ?? '');
if (values.help || (kind !== '903' && kind !== 'cin') || !input || !year) {
  console.error(
    'usage: compareValidators.ts 903 DIR | cin FILE.xml --year 2025-26 [--previous DIR] [--community PATH] [--json]\n' +
      'Every file is validated as the given year’s return, whatever its dates (the community 903 fake data\n' +
      'was compared as 2025-26). What each difference means: docs/validator-agreement.md.',
  );
  process.exit(values.help ? 0 : 2);
}
const community = values.community ?? process.env[kind === '903' ? 'HARBOUR_COMMUNITY_903' : 'HARBOUR_COMMUNITY_CIN'];
if (!community || !existsSync(community)) {
  console.error('give the community validator’s checkout with --community PATH');
  process.exit(2);
}
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const ruleset = `${kind === '903' ? 'lac' : 'cin'}${year.firstYear}_${String((year.firstYear + 1) % 100).padStart(2, '0')}`;

interface Outcome {
  /** What each side flagged, as comparable keys (`Episodes 12` for 903 rows, a child for CIN). */
  harbour: Set<string> | string;
  community: Set<string> | string;
}

function runCommunity(script: string, args: string[]): unknown {
  const started = performance.now();
  const output = execFileSync(
    python,
    [join(import.meta.dirname, 'communityValidators', script), community!, ruleset, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  timings.community = performance.now() - started;
  return JSON.parse(output);
}

/**
 * The community 903 rules that read the placement's local authority, location or distance, which it
 * derives from its postcode reference: with the shims' empty one they flag every postcode or none.
 */
const communityPostcodeRules = new Set([
  '164',
  '169',
  '179',
  '218',
  '230',
  '392a',
  '392c',
  '392d',
  '406',
  '411',
  '420',
  '452',
  '453',
  '454',
  '503G',
  '503H',
  '503J',
  '1015',
]);

/** A folder holding links to just these files, for the community validator to read. */
function folderOf(files: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'harbour-compare-'));
  for (const file of files) symlinkSync(resolve(file), join(folder, basename(file)));
  return folder;
}

const timings = { harbour: 0, community: 0 };
const outcomes = new Map<string, Outcome>();

function harbourSets(findings: readonly Finding[], key: (finding: Finding) => string) {
  const sets = new Map<string, Set<string>>();
  for (const finding of findings) {
    const set = sets.get(finding.rule) ?? new Set<string>();
    set.add(key(finding));
    sets.set(finding.rule, set);
  }
  return sets;
}

if (kind === '903') {
  const started = performance.now();
  const current = await read903Tables(await csvFilesIn(input));
  const previous = values.previous ? await read903Tables(await csvFilesIn(values.previous)) : null;
  const rules = rulesets903[year.label] ?? [];
  const report = validate903(
    { year, tables: current.tables, present: current.present, previous: previous?.tables ?? null },
    rules,
  );
  timings.harbour = performance.now() - started;
  // A child-level finding compares with the rows the community validator flags for that child.
  const childOfRow = (table: string, row: number) =>
    (current.tables as unknown as Record<string, { CHILD: string }[]>)[table]?.[row - 1]?.CHILD ?? '?';
  const byRule = harbourSets(report.findings, (f) =>
    f.row === null ? `${f.table} child ${f.child}` : `${f.table} ${f.row}`,
  );
  const childLevel = new Set(report.findings.filter((f) => f.row === null).map((f) => f.rule));
  const folders = [current, ...(previous ? [previous] : [])].map((read, index) =>
    folderOf([...read.files.values()].map((file) => join(index ? values.previous! : input, file))),
  );
  const theirs = runCommunity('run903.py', folders) as {
    rules: Record<string, Record<string, number[]>>;
    skipped: string[];
    failed: { rule: string; error: string }[];
  };
  for (const folder of folders) rmSync(folder, { recursive: true });
  const notRun = new Map(report.notRun.map((skipped) => [skipped.rule, skipped.reason]));
  const built = new Set(rules.map((rule) => rule.code));
  const codes = new Set([
    ...built,
    ...Object.keys(theirs.rules),
    ...theirs.skipped,
    ...theirs.failed.map((f) => f.rule),
  ]);
  for (const code of codes) {
    const flagged = theirs.rules[code];
    const failed = theirs.failed.find((f) => f.rule === code);
    const communitySide: Set<string> | string = communityPostcodeRules.has(code)
      ? 'needs its postcode reference'
      : flagged
        ? new Set(
            Object.entries(flagged).flatMap(([table, rows]) =>
              rows.map((row) =>
                childLevel.has(code) ? `${table} child ${childOfRow(table, row)}` : `${table} ${row}`,
              ),
            ),
          )
        : failed
          ? `failed (${failed.error})`
          : theirs.skipped.includes(code)
            ? 'skipped (tables missing)'
            : 'no such rule';
    const harbourSide: Set<string> | string = !built.has(code)
      ? 'not built'
      : notRun.has(code)
        ? `not run (${notRun.get(code)})`
        : (byRule.get(code) ?? new Set());
    outcomes.set(code, { harbour: harbourSide, community: communitySide });
  }
} else {
  const started = performance.now();
  const census = await readCinFile(input);
  const rules = cinRulesets[year.label] ?? [];
  const report = validateCin(year, census.tables, rules);
  timings.harbour = performance.now() - started;
  const byRule = harbourSets(report.findings, (f) => f.child ?? 'the council');
  const theirs = runCommunity('runCin.py', [input]) as { rules: Record<string, string[]>; council: string[] };
  const built = new Set(rules.map((rule) => rule.code));
  for (const code of new Set([...built, ...Object.keys(theirs.rules), ...theirs.council])) {
    const communitySide = new Set([
      ...(theirs.rules[code] ?? []),
      ...(theirs.council.includes(code) ? ['the council'] : []),
    ]);
    outcomes.set(code, {
      harbour: built.has(code) ? (byRule.get(code) ?? new Set()) : 'not built',
      community: communitySide,
    });
  }
}

const describe = (side: Set<string> | string) => (typeof side === 'string' ? side : String(side.size));
const rows = [...outcomes.entries()]
  .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
  .map(([rule, { harbour, community: theirs }]) => {
    let agreement: string;
    if (typeof harbour === 'string' || typeof theirs === 'string') agreement = 'not compared';
    else {
      const onlyHarbour = [...harbour].filter((key) => !theirs.has(key));
      const onlyCommunity = [...theirs].filter((key) => !harbour.has(key));
      agreement =
        !onlyHarbour.length && !onlyCommunity.length
          ? 'agree'
          : `differ: Harbour only ${onlyHarbour.length} (${onlyHarbour.slice(0, 3).join('; ')}), community only ${onlyCommunity.length} (${onlyCommunity.slice(0, 3).join('; ')})`;
    }
    return { rule, harbour: describe(harbour), community: describe(theirs), agreement };
  });

if (values.json) console.log(JSON.stringify({ rows, timings }, null, 2));
else {
  for (const row of rows)
    console.log(`${row.rule.padEnd(11)}${row.harbour.padStart(8)}  ${row.community.padStart(8)}  ${row.agreement}`);
  const compared = rows.filter((row) => row.agreement !== 'not compared');
  const agreed = compared.filter((row) => row.agreement === 'agree');
  console.log(
    `\n${agreed.length} of ${compared.length} rules compared agree (${rows.length - compared.length} not compared).` +
      `\nHarbour ${(timings.harbour / 1000).toFixed(2)} s (read and validate); community ${(timings.community / 1000).toFixed(2)} s (its process, start to end).`,
  );
}
