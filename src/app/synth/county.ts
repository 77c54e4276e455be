// simulateCounty: the whole synthetic county as plain rows per table, from the settings, a
// scale, a number of years, a seed and an end date. Pure: no database, no clock, no I/O.
import { civil, dayOf, iso, londonInstant, msPerDay } from './dates.ts';
import { Random } from './random.ts';
import type { CountySettings } from './settings.ts';
import { populationEstimates } from './population.ts';
import { CountySimulation, type SimulationOptions } from './simulation.ts';
import { Materialiser } from './materialise.ts';
import { addLaterRecords } from './laterRecords.ts';
import { Tables, type SeedingMoment } from './tables.ts';
import { Teams } from './workforce.ts';

export interface SyntheticCounty {
  /** Rows per table (or table part), ids assigned; team_id columns hold the local team numbers below. */
  tables: Tables;
  /** The teams, numbered 1… in the rows; the loader finds or creates each by name. */
  teams: { localId: number; name: string; createdAt: string }[];
  options: SimulationOptions;
}

export type Progress = (fraction: number, label: string) => void;

export function simulateCounty(
  settings: CountySettings,
  options: SimulationOptions,
  progress: Progress = () => undefined,
): SyntheticCounty {
  if (!(options.scale > 0)) throw new Error('The scale must be a positive number');
  if (!Number.isInteger(options.years) || options.years < 1)
    throw new Error('The years must be a whole number of 1 or more');
  const random = new Random(options.seed).fork('population');
  const endYear = civil(Date.parse(options.endDate) / msPerDay).year;
  const population = populationEstimates(settings, random, options.scale, endYear - options.years - 3, endYear);
  const totals = new Map<number, number>();
  for (const row of population) totals.set(row.year, (totals.get(row.year) ?? 0) + row.count);
  const simulation = new CountySimulation(settings, options, totals);
  simulation.run((fraction, label) => progress(fraction * 0.6, label));
  progress(0.6, 'writing the records');
  const tables = new Tables(seedingMoment(options));
  for (const row of population) tables.add('population_estimates', { ...row });
  const teams = new Teams();
  new Materialiser(simulation, tables, teams).run();
  addLaterRecords(tables, {
    seed: options.seed,
    historyStart: simulation.historyStart,
    end: simulation.end,
    workingDays: simulation.workingDays,
  });
  const createdAt = `${iso(simulation.simulationStart)}T09:00:00Z`;
  return { tables, teams: teams.list.map((team) => ({ ...team, createdAt })), options };
}

/**
 * The moment of seeding, when it falls on the end date. Seeded after the end date, its day runs to
 * midnight; a county asked for up to a later day (`harbour seed --end-date`) is history made up ahead.
 */
function seedingMoment({ endDate, seededAt }: SimulationOptions): SeedingMoment | undefined {
  if (seededAt === undefined) return undefined;
  const dayStart = Date.parse(londonInstant(dayOf(endDate), 0));
  const moment = Date.parse(seededAt);
  if (Number.isNaN(moment)) throw new Error(`The moment of seeding must be an ISO instant, not "${seededAt}"`);
  if (moment < dayStart || moment >= dayStart + msPerDay) return undefined;
  return { endDate, dayStart, seededAt: moment };
}
