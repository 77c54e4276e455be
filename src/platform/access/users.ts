import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { User, UserChange } from './schema.ts';
import { VersionConflictError, ValidationError } from '../../core/errors.ts';
import { recordAudit, type Actor } from './audit.ts';
import { hashPassword } from './passwords.ts';
import { Temporal } from 'temporal-polyfill';
import { isPartner, type Role } from './roles.ts';
import { londonDateOf } from '../../core/clock.ts';
import { longDate } from '../../core/dateText.ts';

export interface UserDetails {
  username: string;
  displayName: string;
  email?: string | undefined;
  roles: Role[];
  teamId?: number | null | undefined;
  /** The last day the account may sign in (inspectors, partners); null for no end. */
  accessEndsOn?: string | null | undefined;
  /** A partner practitioner's organisation and their role there; ignored for anyone else. */
  organisation?: string | undefined;
  roleAtOrganisation?: string | undefined;
}

/** The longest a partner practitioner's account lasts before an administrator extends it. */
const partnerAccessMonths = 12;

/** The last day a partner's account may be given, made or extended today. */
export const latestPartnerAccessEnd = (today: string) =>
  Temporal.PlainDate.from(today).add({ months: partnerAccessMonths }).toString();

/**
 * Why these details cannot make or keep a partner practitioner's account, field by field: the
 * partner role alone, no council team, where they work and their role there, and an end date no
 * more than 12 months ahead. Empty for anyone else's account.
 */
export function partnerAccountProblems(
  details: Pick<UserDetails, 'roles' | 'teamId' | 'accessEndsOn' | 'organisation' | 'roleAtOrganisation'>,
  today: string,
): { field: string; message: string }[] {
  if (!isPartner(details.roles)) return [];
  const problems: { field: string; message: string }[] = [];
  if (details.roles.length > 1)
    problems.push({ field: 'roles', message: 'A partner practitioner’s account has no other role: select only that' });
  if (details.teamId != null)
    problems.push({ field: 'teamId', message: 'A partner practitioner is in no council team: select No team' });
  if (!details.organisation?.trim())
    problems.push({ field: 'organisation', message: 'Enter the organisation the partner practitioner works for' });
  if (!details.roleAtOrganisation?.trim())
    problems.push({
      field: 'roleAtOrganisation',
      message: 'Enter their role at the organisation, for example designated safeguarding lead',
    });
  const latest = latestPartnerAccessEnd(today);
  if (!details.accessEndsOn)
    problems.push({
      field: 'accessEndsOn',
      message: `Enter the last day of access: a partner practitioner’s account ends within ${partnerAccessMonths} months`,
    });
  else if (details.accessEndsOn > latest)
    problems.push({
      field: 'accessEndsOn',
      message: `Last day of access must be within ${partnerAccessMonths} months: on or before ${longDate(latest)}`,
    });
  return problems;
}

function refusePartnerProblems(details: Parameters<typeof partnerAccountProblems>[0], today: string) {
  const [problem] = partnerAccountProblems(details, today);
  if (problem) throw new ValidationError(problem.field, problem.message);
}

/** What the account stores of the partner's organisation: nothing for anyone else's. */
const partnerColumns = (details: UserDetails) =>
  isPartner(details.roles)
    ? {
        organisation: details.organisation?.trim() || null,
        role_at_organisation: details.roleAtOrganisation?.trim() || null,
      }
    : { organisation: null, role_at_organisation: null };

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
  today = londonDateOf(new Date()),
): Promise<User> {
  return withFriendlyErrors(
    (async () => {
      refusePartnerProblems(details, today);
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
            ...partnerColumns(details),
            password_hash: passwordHash,
            is_demo: details.isDemo ?? false,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, actor, {
          event: 'user-added',
          recordType: 'user',
          recordId: user.id,
          detail: {
            username: user.username,
            roles: user.roles,
            teamId: user.team_id,
            ...(user.organisation
              ? { organisation: user.organisation, roleAtOrganisation: user.role_at_organisation }
              : {}),
          },
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
    event: 'user-changed' | 'user-disabled' | 'user-enabled' | 'password-reset' | 'partner-verified';
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
  today = londonDateOf(new Date()),
) => {
  refusePartnerProblems(details, today);
  const before = await findUserById(db, id);
  const partner = partnerColumns({ ...details, username: '' });
  // A partner verified as one organisation's practitioner is verified again for another role or organisation.
  const stillVerified =
    before?.verified_at &&
    isPartner(before.roles) &&
    before.organisation === partner.organisation &&
    before.role_at_organisation === partner.role_at_organisation;
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
      ...partner,
      ...(stillVerified ? {} : { verified_at: null, verified_by: null }),
    },
    {
      event: 'user-changed',
      detail: {
        roles: details.roles,
        teamId: details.teamId ?? null,
        accessEndsOn: details.accessEndsOn ?? null,
        ...(partner.organisation ? { ...partner, verified: Boolean(stillVerified) } : {}),
      },
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

/**
 * A council administrator confirms a partner practitioner's account: that the person works where
 * it says, in that role, and needs Harbour for the families they work with. Until then it cannot
 * sign in. Audited, as every change to an account is.
 */
export async function verifyPartner(db: Kysely<Database>, actor: Actor, id: number, version: number) {
  const user = await findUserById(db, id);
  if (!user || !isPartner(user.roles))
    throw new ValidationError('verify', 'Only a partner practitioner’s account is verified');
  if (!user.organisation || !user.role_at_organisation || !user.access_ends_on)
    throw new ValidationError(
      'verify',
      'Enter their organisation, their role there and the last day of access, and save them, before verifying',
    );
  if (user.verified_at) throw new ValidationError('verify', 'This account is already verified');
  return changeUser(
    db,
    actor,
    id,
    version,
    { verified_at: new Date(), verified_by: actor.userId },
    {
      event: 'partner-verified',
      detail: {
        organisation: user.organisation,
        roleAtOrganisation: user.role_at_organisation,
        accessEndsOn: user.access_ends_on,
      },
    },
  );
}
