import { sql, type Kysely } from 'kysely';

// The practice of a single assessment, not only its dates and outcome: the child's lived
// experience, the parents' and carers' views, the social worker's analysis and their
// recommendation. Assessments submitted before have none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table assessments
      add column childs_lived_experience text
        constraint assessments_lived_experience_length check (length(childs_lived_experience) <= 10000),
      add column parents_views text constraint assessments_parents_views_length check (length(parents_views) <= 10000),
      add column analysis text constraint assessments_analysis_length check (length(analysis) <= 20000),
      add column recommendation text constraint assessments_recommendation_length check (length(recommendation) <= 5000)
  `.execute(db);
}
