import { sql, type Kysely } from 'kysely';

// The practice of a section 47 enquiry, not only its dates and outcome: what the enquiry found,
// the child's own account, and why the outcome was reached. Enquiries concluded before have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table section_47_enquiries
      add column findings text constraint section_47_enquiries_findings_length check (length(findings) <= 10000),
      add column childs_account text constraint section_47_enquiries_childs_account_length
        check (length(childs_account) <= 10000),
      add column outcome_reasons text constraint section_47_enquiries_outcome_reasons_length
        check (length(outcome_reasons) <= 5000)
  `.execute(db);
}
