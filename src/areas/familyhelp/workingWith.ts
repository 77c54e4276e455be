import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { User } from '../../platform/access/schema.ts';
import type { CaseloadOf, WorkingWith } from '../../platform/access/recordScope.ts';

/**
 * The children of the open Family Help episodes this person leads or is in the team of (of these
 * children, when given). A member who has left, or an episode that has ended, opens nothing.
 */
async function leadOrTeamMemberOf(db: Kysely<Database>, user: User, childIds?: readonly number[]) {
  if (childIds?.length === 0) return [];
  let query = db
    .selectFrom('family_help_children')
    .innerJoin('family_help_episodes', 'family_help_episodes.id', 'family_help_children.episode_id')
    .select('family_help_children.child_id')
    .distinct()
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
    );
  if (childIds) query = query.where('family_help_children.child_id', 'in', childIds);
  return (await query.execute()).map((row) => row.child_id);
}

/** The lead practitioner and team of an open episode work with its children (a partner's whole reach is built on this). */
export const leadingOrInTheTeam: WorkingWith = (db, user, childIds) => leadOrTeamMemberOf(db, user, childIds);

/** Their Family Help families' children, for their home page (a partner's caseload). */
export const familiesTheyHelp: CaseloadOf = (db, user) => leadOrTeamMemberOf(db, user);
