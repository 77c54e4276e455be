// Rows per table, as the generator produces them: plain objects keyed by column, ids assigned in
// the order rows are made (explicit, so the same county always has the same ids).
import { msPerDay, stamp, type Day } from './dates.ts';

export type Row = Record<string, string | number | boolean | null | readonly string[]>;

/** Tables the generator writes, in an order that satisfies every foreign key. */
export const loadOrder = [
  'population_estimates',
  'children',
  'child_disabilities',
  'immigration_statuses',
  'adults',
  'relationships',
  'families',
  'family_members',
  'addresses',
  'workers',
  'allocations',
  'contacts',
  'contact_children',
  'contact_decisions',
  'referrals',
  'early_help_episodes',
  'assessments',
  'strategy_discussions',
  'section_47_enquiries',
  // Initial conferences come before the plans they make; review conferences after the plans they review.
  'child_protection_conferences:initial',
  'child_protection_plans',
  'child_protection_conferences:review',
  'core_group_meetings',
  'cin_plans',
  'cin_plan_reviews',
  'pre_proceedings',
  'pre_proceedings_children',
  'pre_proceedings_meetings',
  'care_proceedings',
  'proceedings_children',
  'proceedings_extensions',
  'proceedings_hearings',
  'proceedings_interim_orders',
  'periods_of_care',
  'care_episodes',
  'previous_permanence',
  'convictions',
  'births_to_young_people',
  'plan_actions',
  'plan_versions',
  'visits',
  'looked_after_reviews',
  'health_assessments',
  'dental_checks',
  'personal_education_plans',
  'sdq_scores',
  'immunisation_checks',
  'substance_misuse_checks',
  'missing_episodes',
  'return_home_interviews',
  'exploitation_screenings',
  'permanence_plans',
  'adoption_plans',
  'special_guardianship_orders',
  'special_guardian_assessments',
  'long_term_fostering_confirmations',
  'sibling_placements',
  'care_leavers',
  'care_leaver_eligibility',
  'pathway_plans',
  'pathway_plan_reviews',
  'care_leaver_contacts',
] as const;

/** A table, or one part of a table loaded in two passes (`child_protection_conferences:initial`). */
export type TableKey = (typeof loadOrder)[number];
export const tableOf = (key: string): string => key.split(':')[0]!;

/** Tables whose rows carry no id of their own (join tables and the population). */
const withoutId = new Set<string>([
  'population_estimates',
  'child_disabilities',
  'family_members',
  'contact_children',
  'pre_proceedings_children',
]);

/**
 * The moment of seeding on the county's end date (the history runs to today for the demo): no
 * time generated is later. The simulation draws the last day's times over the whole day, so a
 * county seeded at ten in the morning would hold contacts received this evening. Times on the end
 * date are drawn towards its start in proportion instead, which keeps their order (a decision
 * after its contact, a return after going missing) and every record the day holds.
 */
export interface SeedingMoment {
  /** The end date, YYYY-MM-DD: the start of the times to draw in. */
  endDate: string;
  /** Its London midnight and the moment of seeding, in milliseconds. */
  dayStart: number;
  seededAt: number;
}

export class Tables {
  readonly rows = new Map<string, Row[]>();
  private readonly ids = new Map<string, number>();

  constructor(private readonly seeding?: SeedingMoment) {}

  /** A row's times, none after the moment of seeding. */
  private notAfterSeeding(row: Row): void {
    const seeding = this.seeding!;
    for (const column in row) {
      const value = row[column];
      // Instants are ISO strings, so a time on or after the end date sorts at or after it.
      if (!column.endsWith('_at') || typeof value !== 'string' || value < seeding.endDate) continue;
      const intoDay = Math.min(Date.parse(value) - seeding.dayStart, msPerDay);
      const drawnIn = Math.floor((intoDay * (seeding.seededAt - seeding.dayStart)) / msPerDay);
      row[column] = new Date(seeding.dayStart + drawnIn).toISOString();
    }
  }

  /** Adds a row and returns its id (the next in the table), or 0 for a table without ids. */
  add(key: TableKey, row: Row): number {
    if (this.seeding) this.notAfterSeeding(row);
    let list = this.rows.get(key);
    if (!list) this.rows.set(key, (list = []));
    const table = tableOf(key);
    if (withoutId.has(table)) {
      list.push(row);
      return 0;
    }
    const id = (this.ids.get(table) ?? 0) + 1;
    this.ids.set(table, id);
    // Set in place (the loader names columns, so their order does not matter).
    row.id = id;
    list.push(row);
    return id;
  }

  count(key: TableKey): number {
    return this.rows.get(key)?.length ?? 0;
  }
}

/** Who made and last changed a generated record: nobody (bulk history, not user activity), stamped on its own date. */
export const tracked = (day: Day): Row => ({
  created_at: stamp(day),
  created_by: null,
  updated_at: stamp(day),
  updated_by: null,
  version: 1,
});
