// Continuous validation: Harbour builds this year's returns from the records and checks them with
// the DfE's rules every night and when an analyst asks, so errors are put right as they happen
// rather than in the spring rush.
import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import { systemClock } from '../../core/clock.ts';
import type { Database } from '../../platform/db/schema.ts';
import { defineJob, type JobProgress } from '../../platform/jobs/jobs.ts';
import { configFromEnvironment } from '../../platform/settings/config.ts';
import type { CollectionYear } from './returnDates.ts';
import { collectionYearHolding, dayFromIsoDate, previousCollectionYear } from './returnDates.ts';
import { returnsValidationJob, saveValidationRun, type ReturnKind } from './store.ts';
import { rulesets903 } from './ssda903/rulesets.ts';
import { build903 } from './ssda903/build.ts';
import { tablesInYear } from './ssda903/tables.ts';
import { validate903 } from './ssda903/validate.ts';
import { cinRulesets } from './cin/rulesets.ts';
import { buildCinCensus } from './cin/build.ts';
import { cinCensusXml } from './cin/writeXml.ts';
import { readCin } from './cin/readXml.ts';
import { validateCin } from './cin/validate.ts';

/** The year Harbour validates each night, both returns alike: the collection year under way. */
export const validatedYear = (today: Temporal.PlainDate): CollectionYear =>
  collectionYearHolding(dayFromIsoDate(today.toString()) as number);

/**
 * The rules a year's return is checked with: its own year's, or — before the DfE publishes them —
 * the latest Harbour has (most rules carry over from year to year).
 */
export function rulesLabelFor(kind: ReturnKind, year: CollectionYear): string {
  const labels = Object.keys(kind === '903' ? rulesets903 : cinRulesets).sort();
  return labels.includes(year.label)
    ? year.label
    : (labels.filter((label) => label <= year.label).at(-1) ?? labels[0]!);
}

/** Harbour's child for a return's child identifier (the returns carry Harbour's own ids). */
const harbourChild = (ref: string): number | null => (/^\d{1,9}$/.test(ref) ? Number(ref) : null);

/**
 * Builds this year's 903 (with last year's, for the rules that compare) and census from the records,
 * validates each with its rules and keeps what was found. The census is validated as the XML the
 * DfE would receive, read back by the same reader as a council's file.
 */
export async function validateOwnReturns(
  db: Kysely<Database>,
  today: Temporal.PlainDate,
  requestedBy: string,
  progress: JobProgress = () => Promise.resolve(),
): Promise<void> {
  await progress(0, 2);
  const year = validatedYear(today);
  let started = new Date();
  const rules903 = rulesets903[rulesLabelFor('903', year)]!;
  const [tables, previous] = await Promise.all([build903(db, year), build903(db, previousCollectionYear(year))]);
  const report903 = validate903({ year, tables, previous, present: new Set(tablesInYear(year.firstYear)) }, rules903);
  await saveValidationRun(
    db,
    {
      kind: '903',
      yearLabel: year.label,
      report: report903,
      childIdOf: harbourChild,
      rulesRun: rules903.length - report903.notRun.length,
    },
    requestedBy,
    started,
  );
  await progress(1, 2);
  started = new Date();
  const rulesCin = cinRulesets[rulesLabelFor('cin', year)]!;
  const lea = configFromEnvironment().councilLaNumber ?? '';
  const census = await readCin(
    cinCensusXml(await buildCinCensus(db, year), { lea, madeAt: started, release: 'harbour' }),
  );
  const reportCin = validateCin(year, census.tables, rulesCin);
  await saveValidationRun(
    db,
    { kind: 'cin', yearLabel: year.label, report: reportCin, childIdOf: harbourChild, rulesRun: rulesCin.length },
    requestedBy,
    started,
  );
  await progress(2, 2);
}

// Today by Harbour's one clock, so a server pinned to a day (HARBOUR_TODAY) validates that day's year.
// The run records who asked: the analyst who pressed "Validate now", or harbour for the nightly one.
defineJob(returnsValidationJob, (db, progress, job) =>
  validateOwnReturns(db, systemClock().today(), job.requestedBy, progress),
);
