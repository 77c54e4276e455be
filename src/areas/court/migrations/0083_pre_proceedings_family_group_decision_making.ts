import { sql, type Kysely } from 'kysely';

// CIN census 2026 FGDMMeetingOffer and FGDMMeetingFac: the family group decision-making meeting
// offered to the family in pre-proceedings, and held (facilitated). Dates rather than yes/no, so the
// census answers come from them and the tracker can say when.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table pre_proceedings
      add column family_group_meeting_offered_date date,
      add column family_group_meeting_held_date date,
      add constraint pre_proceedings_family_group_meeting_held_after_offer check (
        family_group_meeting_held_date is null
        or (family_group_meeting_offered_date is not null and family_group_meeting_held_date >= family_group_meeting_offered_date));
  `.execute(db);
}
