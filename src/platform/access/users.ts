import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { User, UserChange } from './schema.ts';
import { VersionConflictError, ValidationError } from '../../core/errors.ts';
import { recordAudit, type Actor } from './audit.ts';
import { hashPassword } from './passwords.ts';
import type { Role } from './roles.ts';

export interface UserDetails {
  username: string;
  displayName: string;
  email?: string | undefined;
  roles: Role[];
  teamId?: number | null | undefined;
  /** The last day the account may sign in (inspectors); null for no end. */
  accessEndsOn?: string | null | undefined;
}

export type UserSummary = User & { team_name: string | null };

export const findUserByUsername = (db: Kysely<Database>, username: string) =>
  db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.trim().toLowerCase()))
    .executeTakeFirst();

export const findUserById = (db: Kysely<Database>, id: number) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const listUsers = (db: Kysely<Database>): Promise<UserSummary[]> =>
  db
    .selectFrom('users')
    .leftJoin('teams', 'teams.id', 'users.team_id')
    .selectAll('users')
    .select('teams.name as team_name')
    .orderBy('users.display_name')
    .execute();

function withFriendlyErrors<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: { code?: string; constraint?: string }) => {
    if (error.code === '23505') throw new ValidationError('username', 'That username is already taken');
    if (error.code === '23503') throw new ValidationError('teamId', 'Select a team from the list');
    if (error.code === '23514' && /username/.test(String(error.constraint))) {
      throw new ValidationError(
        'username',
        'Username must be 2 to 63 lower-case letters, numbers, dots, hyphens or underscores',
      );
    }
    throw error;
  });
}

export function addUser(
  db: Kysely<Database>,
  actor: Actor,
  details: UserDetails & { password: string; isDemo?: boolean },
): Promise<User> {
  return withFriendlyErrors(
    (async () => {
      const passwordHash = await hashPassword(details.password);
      return db.transaction().execute(async (trx) => {
        const user = await trx
          .insertInto('users')
          .values({
            username: details.username.trim().toLowerCase(),
            display_name: details.displayName.trim(),
            email: details.email?.trim() || null,
            roles: details.roles,
            team_id: details.teamId ?? null,
            access_ends_on: details.accessEndsOn ?? null,
            password_hash: passwordHash,
            is_demo: details.isDemo ?? false,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          event: 'user-added',
          recordType: 'user',
          recordId: user.id,
          detail: { username: user.username, roles: user.roles, teamId: user.team_id },
        });
        return user;
      });
    })(),
  );
}

/**
 * Signs the person out everywhere but the session making the change: after a password reset, a
 * change of roles or a disabled account, a session opened before it must not carry on.
 */
const endSessionsOf = (trx: Kysely<Database>, userId: number, exceptSession: string | undefined) =>
  trx
    .deleteFrom('sessions')
    .where(sql<number>`(data->>'userId')::int`, '=', userId)
    .$if(exceptSession !== undefined, (query) => query.where('sid', '<>', exceptSession!))
    .execute();

/** Change one user, only if nobody else has since the editor loaded version `version`. */
async function changeUser(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  version: number,
  changes: UserChange,
  audit: {
    event: 'user-changed' | 'user-disabled' | 'user-enabled' | 'password-reset';
    detail?: Record<string, unknown>;
  },
  endSessions?: { exceptSession?: string | undefined; when?: (before: User) => boolean },
): Promise<User> {
  return withFriendlyErrors(
    db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      const user = await trx
        .updateTable('users')
        .set({ ...changes, updated_at: new Date(), version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
      if (!user || !before) throw new VersionConflictError('user');
      if (endSessions && (endSessions.when?.(before) ?? true)) await endSessionsOf(trx, id, endSessions.exceptSession);
      await recordAudit(trx, actor, {
        event: audit.event,
        recordType: 'user',
        recordId: id,
        detail: { username: user.username, ...audit.detail },
      });
      return user;
    }),
  );
}

const sameRoles = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/** An administrator's own roles and account are changed by another administrator, never by themselves. */
async function refuseOwnAccount(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  field: string,
  change: (user: User) => boolean,
  message: string,
) {
  if (actor.userId !== id) return;
  const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (user && change(user)) throw new ValidationError(field, message);
}

export const updateUser = async (
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  version: number,
  details: Omit<UserDetails, 'username'>,
  session?: string,
) => {
  await refuseOwnAccount(
    db,
    actor,
    id,
    'roles',
    (user) => !sameRoles(user.roles, details.roles),
    'You cannot change your own roles: ask another administrator',
  );
  return changeUser(
    db,
    actor,
    id,
    version,
    {
      display_name: details.displayName.trim(),
      email: details.email?.trim() || null,
      roles: details.roles,
      team_id: details.teamId ?? null,
      access_ends_on: details.accessEndsOn ?? null,
    },
    {
      event: 'user-changed',
      detail: { roles: details.roles, teamId: details.teamId ?? null, accessEndsOn: details.accessEndsOn ?? null },
    },
    { exceptSession: session, when: (before) => !sameRoles(before.roles, details.roles) },
  );
};

export async function setUserDisabled(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  version: number,
  disabled: boolean,
) {
  await refuseOwnAccount(
    db,
    actor,
    id,
    'status',
    () => true,
    disabled ? 'You cannot disable your own account' : 'You cannot enable your own account: ask another administrator',
  );
  return changeUser(
    db,
    actor,
    id,
    version,
    { disabled_at: disabled ? new Date() : null },
    { event: disabled ? 'user-disabled' : 'user-enabled' },
    disabled ? {} : undefined,
  );
}

export async function resetPassword(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  version: number,
  password: string,
  session?: string,
) {
  const passwordHash = await hashPassword(password);
  // A reset also lifts a lockout: the administrator has confirmed who the user is.
  return changeUser(
    db,
    actor,
    id,
    version,
    { password_hash: passwordHash, failed_sign_ins: 0, locked_until: null },
    { event: 'password-reset' },
    { exceptSession: session },
  );
}
