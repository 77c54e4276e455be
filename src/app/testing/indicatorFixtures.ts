// Hand-made records for the indicator tests: rows written straight into the areas' tables (as a
// council's import would), so each test states exactly the records its expected figures come from.
import type { Insertable, Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import { computeIndicators } from '../../reports/indicators/compute.ts';
import { indicatorById } from '../../reports/indicators/catalogue.ts';
import { seriesPeriods } from '../../reports/indicators/periods.ts';

/** A child with only what the tables require; the tests give what their indicator reads. */
export async function fixtureChild(
  db: Kysely<Database>,
  child: { dateOfBirth?: string; locality?: string | null; sex?: 'M' | 'F' } = {},
): Promise<number> {
  const row = await db
    .insertInto('children')
    .values({
      forename: 'Test',
      surname: 'Child',
      date_of_birth: child.dateOfBirth ?? '2015-06-01',
      sex: child.sex ?? 'F',
      ethnicity: 'WBRI',
      created_by: null,
      updated_by: null,
    } as Insertable<Database['children']>)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (child.locality)
    await db
      .insertInto('addresses')
      .values({
        child_id: row.id,
        line1: '1 Test Street',
        postcode: 'SY1 1AA',
        locality: child.locality,
        start_date: '2000-01-01',
      })
      .execute();
  return row.id;
}

/** Inserts rows into a table (the tracked columns filled), returning their ids. */
export async function fixtureRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto(table)
    .values(rows.map((row) => ({ created_by: null, updated_by: null, ...row })) as never)
    .returning('id' as never)
    .execute();
  return (inserted as unknown as { id: number }[]).map((row) => row.id);
}

/** The council's children aged 0–17 for a year, spread over ages so rates have a denominator. */
export async function fixturePopulation(db: Kysely<Database>, year: number, children: number): Promise<void> {
  const each = children / 36;
  if (!Number.isInteger(each)) throw new Error('Give a population divisible by 36 (18 ages × 2 sexes)');
  const rows = Array.from({ length: 18 }, (_, age) =>
    (['M', 'F'] as const).map((sex) => ({ year, age, sex, count: each })),
  ).flat();
  await db.insertInto('population_estimates').values(rows).execute();
}

/** Indicators' figures for each month and its year to date, keyed '<indicator id> <period key>'. */
export async function indicatorFigures(
  db: Kysely<Database>,
  ids: readonly string[],
  months: readonly string[],
): Promise<Record<string, number | null>> {
  const values = await computeIndicators(
    db,
    ids.map((id) => indicatorById(id)!),
    seriesPeriods(months.map((month) => Temporal.PlainYearMonth.from(month))),
  );
  return Object.fromEntries(values.map((value) => [`${value.indicatorId} ${value.period}`, value.value]));
}
