import { sql, type Kysely } from 'kysely';

// The council's children by single year of age and sex, each mid-year (ONS-style estimates):
// the denominator of every rate per 10,000 children.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table population_estimates (
      year integer not null check (year between 1900 and 2200),
      age integer not null check (age between 0 and 17),
      sex text not null check (sex in ('M', 'F')),
      count integer not null check (count >= 0),
      primary key (year, age, sex)
    );
  `.execute(db);
}
