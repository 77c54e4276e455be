import type { WorkingWith } from '../../platform/access/recordScope.ts';

/**
 * The lead practitioner and the team members of an open Family Help episode work with its
 * children (a partner practitioner's whole reach is built on this). A member who has left, or an
 * episode that has ended, opens nothing.
 */
export const leadingOrInTheTeam: WorkingWith = async (db, user, childIds) => {
  if (childIds.length === 0) return [];
  const rows = await db
    .selectFrom('family_help_children')
    .innerJoin('family_help_episodes', 'family_help_episodes.id', 'family_help_children.episode_id')
    .select('family_help_children.child_id')
    .distinct()
    .where('family_help_children.child_id', 'in', childIds)
    .where('family_help_episodes.end_date', 'is', null)
    .where((eb) =>
      eb.or([
        eb('family_help_episodes.lead_practitioner_id', '=', user.id),
        eb.exists(
          eb
            .selectFrom('family_help_team_members')
            .select('family_help_team_members.id')
            .whereRef('family_help_team_members.episode_id', '=', 'family_help_episodes.id')
            .where('family_help_team_members.user_id', '=', user.id)
            .where('family_help_team_members.left_on', 'is', null),
        ),
      ]),
    )
    .execute();
  return rows.map((row) => row.child_id);
};
