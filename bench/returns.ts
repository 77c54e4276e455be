// npm run bench:returns [-- --episodes 50000 --children 10000 --runs 5 --seed 2026 --out DIR]
// Times validating the returns on files of a county's size: an SSDA903 year of at least 50,000
// episodes and a CIN census of at least 10,000 children, made here by a small deterministic generator
// (the same seed makes the same files) and written by Harbour's own writers. Harbour's read+validate
// and its validation alone are each the median of --runs runs in this process; when
// $HARBOUR_COMMUNITY_903 / $HARBOUR_COMMUNITY_CIN name checkouts of data-to-insight's community
// validators, each is run once on the same files (tools/communityValidators, python3 with pandas)
// and the ratio printed. Issue 14's targets: the 903 year validated in under 0.5 s, the census read
// and validated in under 1 s.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { collectionYear, isoDateOf, ukDateOf, type CollectionYear } from '../src/reports/returns/returnDates.ts';
import type { Row903, TableName } from '../src/reports/returns/ssda903/tables.ts';
import { emptyTables } from '../src/reports/returns/ssda903/tables.ts';
import { files903 } from '../src/reports/returns/ssda903/writeCsv.ts';
import { csvFilesIn, read903Tables } from '../src/reports/returns/ssda903/readTables.ts';
import { rulesets903 } from '../src/reports/returns/ssda903/rulesets.ts';
import { validate903 } from '../src/reports/returns/ssda903/validate.ts';
import type { CinRecords } from '../src/reports/returns/cin/build.ts';
import { shapeCinCensus } from '../src/reports/returns/cin/build.ts';
import { cinCensusXml } from '../src/reports/returns/cin/writeXml.ts';
import { readCinFile } from '../src/reports/returns/cin/readXml.ts';
import { cinRulesets } from '../src/reports/returns/cin/rulesets.ts';
import { validateCin } from '../src/reports/returns/cin/validate.ts';
import { upnCheckLetter } from '../src/reports/returns/cin/ruleSupport.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const options = new Command('bench:returns')
  .description("Time validating a county's SSDA903 year and CIN census, Harbour's and the community validators'")
  .option('--episodes <n>', 'at least this many 903 episodes', Number, 50_000)
  .option('--children <n>', 'CIN census children', Number, 10_000)
  .option('--runs <n>', "Harbour's runs (the median is given)", Number, 5)
  .option('--seed <n>', 'random seed', Number, 2026)
  .option('--year <label>', 'collection year', '2025-26')
  .option('--out <dir>', 'where the files are written', path.join(here, '.cache', 'returns'))
  .parse()
  .opts<{ episodes: number; children: number; runs: number; seed: number; year: string; out: string }>();
const year = collectionYear(options.year)!;

/** mulberry32: a small seeded generator, so the files are the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (least: number, most: number) => least + Math.floor(next() * (most - least + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, between, pick, chance: (p: number) => next() < p };
}

const codes = (text: string) => text.split(' ');
const placements = codes('K1 K2 P1 R1 R2 R3 S1 T0 T1 U1 U2 U3 U4 U5 U6 Z11');
const withoutProvider = new Set(codes('T0 T1 Z11'));
const postcodes = ['AB1 2CD', 'EF3 4GH', 'IJ5 6KL', 'MN7 8PQ', 'RS9 1TU'];

/** A year's 903 tables: each child's episodes follow on (X1) from their first, the last open or ceased. */
function make903(year: CollectionYear, episodesWanted: number, seed: number) {
  const r = random(seed);
  const tables = emptyTables() as unknown as Record<TableName, Record<string, string | number>[]>;
  const add = (table: TableName, row: Record<string, string>) =>
    tables[table].push({ ...row, $row: tables[table].length + 1 });
  let episodes = 0;
  for (let n = 0; episodes < episodesWanted; n++) {
    const CHILD = String(100_000 + n);
    const born = year.start - r.between(365, 17 * 365);
    const DOB = ukDateOf(born);
    add('Header', {
      CHILD,
      SEX: r.pick(['M', 'F']),
      DOB,
      ETHNIC: r.pick(codes('WBRI WIRI MWBC AIND BAFR CHNE OOTH')),
      UPN: r.chance(0.9) ? `A${String(n).padStart(12, '0')}` : 'UN1',
      MOTHER: '',
      MC_DOB: '',
    });
    const count = r.between(1, 5);
    let start = Math.max(born + 30, year.start - r.between(0, 700));
    const legalStatus = r.pick(codes('C1 C2 C2 C1 V2'));
    const need = r.pick(codes('N1 N2 N3 N4 N5 N6 N7 N8'));
    for (let e = 0; e < count; e++) {
      const last = e === count - 1;
      const length = r.between(10, 240);
      const place = r.pick(placements);
      const end = last && r.chance(0.6) ? null : Math.min(start + length, year.end);
      add('Episodes', {
        CHILD,
        DECOM: ukDateOf(start),
        RNE: e === 0 ? 'S' : r.pick(['P', 'L', 'T', 'B']),
        LS: legalStatus,
        CIN: need,
        PLACE: place,
        PLACE_PROVIDER: withoutProvider.has(place) ? '' : r.pick(codes('PR1 PR2 PR3 PR4')),
        DEC: end === null ? '' : ukDateOf(end),
        REC: end === null ? '' : last ? r.pick(codes('E11 E13 E41 E8 E4A')) : 'X1',
        REASON_PLACE_CHANGE: e === 0 ? '' : r.pick(codes('CARPL CLOSE APPRR CHILD LAREQ OTHER')),
        HOME_POST: r.pick(postcodes),
        PL_POST: r.pick(postcodes),
        URN: 'XXXXXXX',
      });
      episodes++;
      if (end === null || end >= year.end) break;
      start = end;
    }
    for (let review = r.between(0, 3); review > 0; review--)
      add('Reviews', {
        CHILD,
        DOB,
        REVIEW: ukDateOf(year.start + r.between(0, 364)),
        REVIEW_CODE: r.pick(codes('PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7')),
      });
    if (r.chance(0.1)) {
      const from = year.start + r.between(0, 350);
      add('Missing', {
        CHILD,
        DOB,
        MISSING: r.pick(['M', 'A']),
        MIS_START: ukDateOf(from),
        MIS_END: ukDateOf(from + 2),
      });
    }
    if (r.chance(0.03)) add('UASC', { CHILD, SEX: '1', DOB, DUC: ukDateOf(born + 18 * 365) });
    if (r.chance(0.3))
      add('OC2', {
        CHILD,
        DOB,
        SDQ_SCORE: String(r.between(0, 40)),
        SDQ_REASON: '',
        CONVICTED: '0',
        HEALTH_CHECK: '1',
        IMMUNISATIONS: '1',
        TEETH_CHECK: '1',
        HEALTH_ASSESSMENT: '1',
        SUBSTANCE_MISUSE: '0',
        INTERVENTION_RECEIVED: '',
        INTERVENTION_OFFERED: '',
      });
    let from = year.start - r.between(0, 200);
    for (let worker = r.between(1, 2); worker > 0; worker--) {
      const to = worker === 1 ? null : from + r.between(30, 150);
      add('SWEpisodes', {
        CHILD,
        DOB,
        SW_ID: `SW${r.between(1, 400)}`,
        SW_DECOM: ukDateOf(from),
        SW_DEC: to === null ? '' : ukDateOf(to),
        SW_REASON: r.pick(codes('MANAGE FCONTA LEFTRL ORGRST')),
      });
      if (to !== null) from = to;
    }
  }
  return { tables: tables as unknown as Record<TableName, readonly Row903[]>, episodes };
}

/** A census's records: each child referred once or twice, most assessed, some under s47 or a plan. */
function makeCin(year: CollectionYear, children: number, seed: number): CinRecords {
  const r = random(seed);
  const records = {
    children: [],
    referrals: [],
    assessments: [],
    cinPlans: [],
    section47s: [],
    protectionPlans: [],
    preProceedings: [],
  } as { -readonly [K in keyof CinRecords]: CinRecords[K][number][] };
  let referralId = 0;
  const iso = (day: number) => isoDateOf(day);
  for (let childId = 1; childId <= children; childId++) {
    const born = year.start - r.between(100, 17 * 365);
    const base = `${r.pick(['201', '202', '330', '800', '936'])}${String(childId).padStart(9, '0').slice(-9)}`;
    records.children.push({
      childId,
      upn: r.chance(0.85) ? `${upnCheckLetter(`X${base}`)}${base}` : null,
      upnUnknown: 'UN1',
      dateOfBirth: iso(born),
      expectedDateOfBirth: null,
      sex: r.pick(['M', 'F']),
      dateOfDeath: null,
      ethnicity: r.pick(codes('WBRI WIRI MWBC AIND BAFR CHNE OOTH')),
      disabilities: r.chance(0.1) ? [r.pick(codes('MOB HAND LD AUT'))] : [],
    });
    let start = Math.max(born + 1, year.start - r.between(0, 500));
    for (let referral = r.between(1, 2); referral > 0 && start <= year.end; referral--) {
      referralId++;
      const nfa = r.chance(0.1);
      const closed = nfa || r.chance(0.5) ? Math.min(start + r.between(5, 200), year.end) : null;
      records.referrals.push({
        referralId,
        childId,
        referralDate: iso(start),
        source: r.pick(codes('1A 1B 2A 3A 3B 5A 6 9 10')),
        primaryNeed: r.pick(codes('N1 N2 N3 N4 N5 N6 N7 N8 N9')),
        closureDate: closed === null ? null : iso(closed),
        closureReason: closed === null ? null : r.pick(codes('RC1 RC2 RC3 RC4 RC8')),
        noFurtherAction: nfa,
        initialConferenceDate: null,
      });
      if (!nfa) {
        records.assessments.push({
          referralId,
          startDate: iso(start + 1),
          authorisationDate: iso(start + r.between(10, 45)),
          factors: [r.pick(codes('1B 2B 3B 4B 5B 6B')), r.pick(codes('7A 8B 9B 10A 11A 12A'))],
        });
        if (r.chance(0.4))
          records.cinPlans.push({
            referralId,
            startDate: iso(start + 30),
            endDate: closed === null ? null : iso(closed),
          });
        if (r.chance(0.3)) {
          records.section47s.push({
            referralId,
            startDate: iso(start + 2),
            initialConferenceDate: iso(start + 16),
            conferenceNotRequired: false,
          });
          if (r.chance(0.5))
            records.protectionPlans.push({
              referralId,
              startDate: iso(start + 16),
              endDate: closed === null ? null : iso(closed),
              initialCategory: r.pick(codes('NEG PHY SAB EMO MUL')),
              latestCategory: r.pick(codes('NEG PHY SAB EMO MUL')),
              previousPlans: r.between(0, 2),
              reviewDates: [iso(start + 16 + 90), iso(start + 16 + 270)],
            });
        }
        if (r.chance(0.03))
          records.preProceedings.push({
            referralId,
            startDate: iso(start + 60),
            letterSentDate: iso(start + 61),
            familyMeetingOffered: true,
            familyMeetingHeld: r.chance(0.5),
            initialMeetingDate: iso(start + 70),
            reviewMeetings: r.between(0, 3),
            decisionDate: null,
            outcome: null,
            applicationDate: null,
          });
      }
      start = (closed ?? year.end) + r.between(1, 120);
    }
  }
  return records;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const secondsOf = async (work: () => unknown) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

const dir903 = path.join(options.out, `903-${options.year}-${options.episodes}-${options.seed}`);
const cinFile = path.join(options.out, `cin-${options.year}-${options.children}-${options.seed}.xml`);
fs.mkdirSync(dir903, { recursive: true });
const made = make903(year, options.episodes, options.seed);
for (const file of files903(made.tables as never, year.firstYear))
  fs.writeFileSync(path.join(dir903, file.name), file.text);
const census = shapeCinCensus(makeCin(year, options.children, options.seed), year);
fs.writeFileSync(
  cinFile,
  cinCensusXml(census, { lea: '201', madeAt: new Date(Date.UTC(2026, 3, 1)), release: 'bench' }),
);

const rules903 = rulesets903[year.label] ?? [];
const rulesCin = cinRulesets[year.label] ?? [];
const paths903 = await csvFilesIn(dir903);

const readAndValidate903 = async () => {
  const read = await read903Tables(paths903);
  return validate903({ year, tables: read.tables, present: read.present }, rules903);
};
const readAndValidateCin = async () => validateCin(year, (await readCinFile(cinFile)).tables, rulesCin);

const times = async (work: () => unknown) => {
  const each: number[] = [];
  for (let run = 0; run < options.runs; run++) each.push(await secondsOf(work));
  return { median: median(each), first: each[0]! };
};

const read903 = await read903Tables(paths903);
const readCin = await readCinFile(cinFile);
const findings903 = (await readAndValidate903()).findings.length;
const findingsCin = (await readAndValidateCin()).findings.length;
const harbour903 = await times(readAndValidate903);
const validate903Only = await times(() =>
  validate903({ year, tables: read903.tables, present: read903.present }, rules903),
);
const harbourCin = await times(readAndValidateCin);
const validateCinOnly = await times(() => validateCin(year, readCin.tables, rulesCin));

const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const ruleset = (prefix: string) => `${prefix}${year.firstYear}_${String((year.firstYear + 1) % 100).padStart(2, '0')}`;
/** One run of a community validator, its wall time in seconds; null when its checkout is not given. */
async function community(checkout: string | undefined, script: string, args: string[]) {
  if (!checkout || !fs.existsSync(checkout)) return null;
  return secondsOf(() =>
    execFileSync(python, [path.join(here, '..', 'tools', 'communityValidators', script), checkout, ...args], {
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'ignore', 'ignore'],
    }),
  );
}
const community903 = await community(process.env.HARBOUR_COMMUNITY_903, 'run903.py', [ruleset('lac'), dir903]);
const communityCin = await community(process.env.HARBOUR_COMMUNITY_CIN, 'runCin.py', [ruleset('cin'), cinFile]);

const s = (seconds: number | null) => (seconds === null ? '–' : seconds.toFixed(3));
const ratio = (theirs: number | null, ours: number) => (theirs === null ? '–' : `${(theirs / ours).toFixed(0)}×`);
const rows = [
  [
    '',
    'Harbour read+validate, s',
    'validate alone, s',
    'first run, s',
    'community, s',
    'community ÷ Harbour',
    'target',
  ],
  [
    `903 ${options.year}: ${made.episodes.toLocaleString('en-GB')} episodes, ${read903.tables.Header.length.toLocaleString('en-GB')} children, ${rules903.length} rules, ${findings903.toLocaleString('en-GB')} findings`,
    s(harbour903.median),
    s(validate903Only.median),
    s(harbour903.first),
    s(community903),
    ratio(community903, harbour903.median),
    'validate < 0.5 s',
  ],
  [
    `CIN ${options.year}: ${census.children.length.toLocaleString('en-GB')} children, ${rulesCin.length} rules, ${findingsCin.toLocaleString('en-GB')} findings`,
    s(harbourCin.median),
    s(validateCinOnly.median),
    s(harbourCin.first),
    s(communityCin),
    ratio(communityCin, harbourCin.median),
    'read+validate < 1 s',
  ],
];
console.log(
  `Returns benchmark: median of ${options.runs} runs, seed ${options.seed}; ${os.cpus().length} cores, Node ${process.version}, load average ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}\n`,
);
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
for (const row of rows)
  console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
console.log(`\nFiles: ${path.relative(process.cwd(), dir903)}, ${path.relative(process.cwd(), cinFile)}`);
