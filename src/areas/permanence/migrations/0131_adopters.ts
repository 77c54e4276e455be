// Code lists are frozen here as they were when this migration was written: a later change to a list is a new migration.
import { sql, type Kysely } from 'kysely';

// The adopters the child is matched with, as the 903's AD1 counts them (SEX_ADOPTR, LS_ADOPTR; the
// number of adopters is read from their sexes): codes only, never who they are. An adoption plan
// loaded from a past 903 says so.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table adoption_plans
      add column adopters_sex text check (adopters_sex in ('M1', 'F1', 'MM', 'FF', 'MF')),
      add column adopters_legal_status text check (adopters_legal_status in ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')),
      add column imported_from text check (imported_from in ('SSDA903')),
      add constraint adoption_plans_adopters_together check ((adopters_sex is null) = (adopters_legal_status is null)),
      add constraint adoption_plans_adopters_when_matched check (adopters_sex is null or matched_date is not null),
      -- 903 rules 514, 517, 518, 519, 520 and 524.
      add constraint adoption_plans_adopters_agree check (
        adopters_legal_status is null
        or (adopters_legal_status = 'L0' and adopters_sex in ('M1', 'F1'))
        or (adopters_legal_status in ('L11', 'L3') and adopters_sex = 'MF')
        or (adopters_legal_status in ('L12', 'L4') and adopters_sex in ('MM', 'FF'))
        or (adopters_legal_status = 'L2' and adopters_sex in ('MM', 'FF', 'MF')));
  `.execute(db);
}
