/** The synthetic county's own table: children by age and sex each mid-year (0030_population). */
export interface SynthTables {
  population_estimates: { year: number; age: number; sex: string; count: number };
}

declare module '../../platform/db/schema.ts' {
  interface Database extends SynthTables {}
}
