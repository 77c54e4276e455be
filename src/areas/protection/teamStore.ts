// Multi-agency child protection teams and their members: set up and changed by an administrator or
// a service manager, each change audited and checked against the version the person saw.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { recordAudit, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { recordProgress } from '../../platform/records/writes.ts';
import { NotFoundError, VersionConflictError } from '../../core/errors.ts';
import type { Agency } from './codes.ts';

explainConstraints({
  teams_name_key: { field: 'name', message: 'A team with this name already exists: choose another name' },
  multi_agency_team_members_once: { field: 'userId', message: 'This person is already a member of the team' },
  multi_agency_team_members_left_after_joined: {
    field: 'leftOn',
    message: 'The date they left must be on or after the date they joined',
  },
  multi_agency_team_members_agency_known: { field: 'agency', message: 'Select their agency from the list' },
});

/** The multi-agency child protection teams, with how many members each has today. */
export const multiAgencyTeams = (db: Kysely<Database>, today: string) =>
  db
    .selectFrom('multi_agency_teams')
    .innerJoin('teams', 'teams.id', 'multi_agency_teams.team_id')
    .select(['teams.id', 'teams.name', 'multi_agency_teams.version'])
    .select((eb) =>
      eb
        .selectFrom('multi_agency_team_members')
        .select((count) => count.fn.countAll<number>().as('n'))
        .whereRef('multi_agency_team_members.team_id', '=', 'multi_agency_teams.team_id')
        .where(currentOn(today))
        .as('members'),
    )
    .orderBy('teams.name')
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, members: Number(row.members) })));

/** The multi-agency teams this person is a member of today. */
export const teamsOfMember = (db: Kysely<Database>, userId: number, today: string) =>
  db
    .selectFrom('multi_agency_team_members')
    .innerJoin('teams', 'teams.id', 'multi_agency_team_members.team_id')
    .select(['teams.id', 'teams.name'])
    .where('multi_agency_team_members.user_id', '=', userId)
    .where(currentOn(today))
    .orderBy('teams.name')
    .execute();

/** Whether this person is a member of the team today. */
export const isMemberOf = async (db: Kysely<Database>, userId: number, teamId: number, today: string) =>
  (await teamsOfMember(db, userId, today)).some((team) => team.id === teamId);

/** A multi-agency team by its id, or a 404. */
export async function multiAgencyTeam(db: Kysely<Database>, teamId: number) {
  const team = await db
    .selectFrom('multi_agency_teams')
    .innerJoin('teams', 'teams.id', 'multi_agency_teams.team_id')
    .select(['teams.id', 'teams.name', 'multi_agency_teams.version'])
    .where('teams.id', '=', teamId)
    .executeTakeFirst();
  if (!team) throw new NotFoundError('multi-agency team not found');
  return team;
}

/** A member on a day: joined by then and not yet left (the day they leave is their first day out). */
export const currentOn = (day: string) => (eb: ExpressionBuilder<Database, 'multi_agency_team_members'>) =>
  eb.and([
    eb('multi_agency_team_members.joined_on', '<=', day),
    eb.or([eb('multi_agency_team_members.left_on', 'is', null), eb('multi_agency_team_members.left_on', '>', day)]),
  ]);

/** The team's members, current first then those who have left, each named by their account or as recorded. */
export async function teamMembers(db: Kysely<Database>, teamId: number, today: string) {
  const rows = await db
    .selectFrom('multi_agency_team_members')
    .leftJoin('users', 'users.id', 'multi_agency_team_members.user_id')
    .selectAll('multi_agency_team_members')
    .select(['users.display_name', 'users.username', 'users.roles'])
    .where('multi_agency_team_members.team_id', '=', teamId)
    .orderBy('multi_agency_team_members.joined_on')
    .orderBy('multi_agency_team_members.id')
    .execute();
  const named = rows.map((row) => ({
    ...row,
    shownName: row.display_name ?? row.name ?? '',
    isPartner: row.roles?.includes('partner') ?? false,
    current: row.joined_on <= today && (row.left_on === null || row.left_on > today),
  }));
  return { current: named.filter((row) => row.current), past: named.filter((row) => !row.current) };
}

/** Sets up a team of the council's teams as a multi-agency child protection team. */
export function setUpMultiAgencyTeam(db: Kysely<Database>, actor: Actor, name: string) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const team = await trx
        .insertInto('teams')
        .values({ name: name.trim() })
        .returning(['id', 'name'])
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('multi_agency_teams')
        .values({ team_id: team.id, created_by: actor.userId, updated_by: actor.userId })
        .execute();
      await recordAudit(trx, actor, {
        event: 'workforce-changed',
        recordType: 'multi_agency_teams',
        recordId: team.id,
        reason: 'Multi-agency child protection team set up',
        detail: { name: team.name },
      });
      return team;
    }),
  );
}

/** Who joins: a Harbour user by their account, or a professional by name with how to reach them. */
export type NewMember = {
  agency: Agency;
  role: string;
  joinedOn: string;
  phone: string | null;
  email: string | null;
} & ({ userId: number } | { name: string });

/** The team's version, checked and moved on: a change to its members is a change to the team. */
async function teamChanged(trx: Kysely<Database>, actor: Actor, teamId: number, version: number) {
  const changed = await trx
    .updateTable('multi_agency_teams')
    .set((eb) => ({ version: eb('version', '+', 1), updated_by: actor.userId, updated_at: new Date() }))
    .where('team_id', '=', teamId)
    .where('version', '=', version)
    .returning('team_id')
    .executeTakeFirst();
  if (!changed) throw new VersionConflictError('multi-agency team');
}

export function addTeamMember(
  db: Kysely<Database>,
  actor: Actor,
  change: { teamId: number; version: number; member: NewMember },
) {
  const { member } = change;
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      await teamChanged(trx, actor, change.teamId, change.version);
      if ('userId' in member) {
        const user = await trx
          .selectFrom('users')
          .select('id')
          .where('id', '=', member.userId)
          .where('disabled_at', 'is', null)
          .executeTakeFirst();
        if (!user) throw new RecordIntegrityError('userId', 'Select a Harbour user whose account is in use', undefined);
      }
      const row = await trx
        .insertInto('multi_agency_team_members')
        .values({
          team_id: change.teamId,
          user_id: 'userId' in member ? member.userId : null,
          name: 'name' in member ? member.name.trim() : null,
          agency: member.agency,
          role: member.role.trim(),
          phone: member.phone,
          email: member.email,
          joined_on: member.joinedOn,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, actor, {
        event: 'workforce-changed',
        recordType: 'multi_agency_team_members',
        recordId: row.id,
        reason: 'Member joined a multi-agency child protection team',
        detail: { teamId: change.teamId, userId: row.user_id, agency: row.agency },
      });
      return row;
    }),
  );
}

/** A member leaves the team on a day; their row and what they did stay. */
export function memberLeaves(
  db: Kysely<Database>,
  actor: Actor,
  change: { teamId: number; memberId: number; version: number; leftOn: string },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const member = await trx
        .selectFrom('multi_agency_team_members')
        .select('team_id')
        .where('id', '=', change.memberId)
        .executeTakeFirst();
      if (member?.team_id !== change.teamId) throw new NotFoundError('member not found');
      const row = await recordProgress(trx, actor, {
        table: 'multi_agency_team_members',
        id: change.memberId,
        version: change.version,
        values: { left_on: change.leftOn },
      });
      await recordAudit(trx, actor, {
        event: 'workforce-changed',
        recordType: 'multi_agency_team_members',
        recordId: change.memberId,
        reason: 'Member left a multi-agency child protection team',
        detail: { teamId: change.teamId, leftOn: change.leftOn },
      });
      return row;
    }),
  );
}
