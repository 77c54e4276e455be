import type { ChronologySource } from '../../platform/records/chronology.ts';
import { inDateOrder } from '../../platform/records/chronology.ts';
import { endReasons, reviewDecisions, type EndReason, type ReviewDecision } from './codes.ts';

/** Family Help: started (with its lead practitioner), plan agreed, reviews, step-up, ended — one line per child. */
export const familyHelpChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('family_help_children')
    .innerJoin('family_help_episodes', 'family_help_episodes.id', 'family_help_children.episode_id')
    .innerJoin('users', 'users.id', 'family_help_episodes.lead_practitioner_id')
    .select([
      'family_help_children.child_id',
      'family_help_children.start_date',
      'family_help_children.end_date',
      'family_help_episodes.id',
      'family_help_episodes.plan_agreed_on',
      'family_help_episodes.plan_section_17',
      'family_help_episodes.stepped_up_on',
      'family_help_episodes.step_up_reason',
      'family_help_episodes.end_reason',
      'family_help_episodes.end_detail',
      'users.display_name as lead',
    ])
    .where('family_help_children.child_id', 'in', childIds)
    .orderBy('family_help_children.id')
    .execute();
  const episodeIds = [...new Set(rows.map((row) => row.id))];
  const reviews = episodeIds.length
    ? await db
        .selectFrom('family_plan_reviews')
        .select(['episode_id', 'review_date', 'decision'])
        .where('episode_id', 'in', episodeIds)
        .orderBy('id')
        .execute()
    : [];
  return inDateOrder(
    rows.flatMap((row) => {
      const event = (date: string, type: string, summary: string) => ({
        date,
        type,
        summary,
        childIds: [row.child_id],
        recordType: 'family_help_episodes',
        recordId: row.id,
      });
      return [
        event(row.start_date, 'family-help', `Family Help started (lead practitioner ${row.lead})`),
        ...(row.plan_agreed_on
          ? [
              event(
                row.plan_agreed_on,
                'family-plan',
                row.plan_section_17 ? 'Family plan agreed (a child in need plan, section 17)' : 'Family plan agreed',
              ),
            ]
          : []),
        ...reviews
          .filter((review) => review.episode_id === row.id && review.review_date >= row.start_date)
          .map((review) =>
            event(
              review.review_date,
              'family-plan-review',
              `Family plan reviewed: ${reviewDecisions[review.decision as ReviewDecision]}`,
            ),
          ),
        ...(row.stepped_up_on
          ? [event(row.stepped_up_on, 'family-help-step-up', `Stepped up to child protection: ${row.step_up_reason}`)]
          : []),
        ...(row.end_date
          ? [
              event(
                row.end_date,
                'family-help',
                row.end_reason
                  ? `Family Help ended — ${endReasons[row.end_reason as EndReason]}: ${row.end_detail}`
                  : 'Family Help ended for this child',
              ),
            ]
          : []),
      ];
    }),
  );
};
