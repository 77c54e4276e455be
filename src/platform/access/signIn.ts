import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { User } from './schema.ts';
import { recordAudit } from './audit.ts';
import { decoyPasswordHash, passwordMatches } from './passwords.ts';
import { findUserByUsername } from './users.ts';
import { isPartner } from './roles.ts';

export interface LockoutPolicy {
  /** Failed attempts in a row before each further one makes the person wait. */
  maxFailures: number;
  /** The longest wait: the waits double from one minute up to this. */
  lockMinutes: number;
}

/**
 * How long to wait after this many failures in a row: none for the first few, then 1, 2, 4…
 * minutes up to the policy's longest. Attempts during a wait are refused without counting, so
 * a stranger cannot stretch it: the account is never shut for longer than the longest wait.
 */
export function waitAfterFailures(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.maxFailures) return 0;
  return Math.min(policy.lockMinutes, 2 ** Math.min(failures - policy.maxFailures, 20));
}

export const defaultLockoutPolicy: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

export type SignInResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'unknown-user' | 'wrong-password' | 'disabled' | 'locked' | 'access-ended' | 'unverified' };

/** An account whose end date has passed is treated as disabled (inspectors' and partners' time-boxed access). */
const accessHasEnded = (user: Pick<User, 'access_ends_on'>, today: string) =>
  user.access_ends_on !== null && user.access_ends_on < today;

/** A partner practitioner's account a council administrator has not yet verified. */
const awaitsVerification = (user: Pick<User, 'roles' | 'verified_at'>) =>
  isPartner(user.roles) && user.verified_at === null;

/**
 * Why an account may not be used today, or undefined when it may: read at sign-in and again on
 * every request, so disabling, an end date passing or a verification undone takes effect at once.
 */
export function accountClosed(
  user: Pick<User, 'disabled_at' | 'access_ends_on' | 'roles' | 'verified_at'>,
  today: string,
): 'disabled' | 'access-ended' | 'unverified' | undefined {
  if (user.disabled_at) return 'disabled';
  if (accessHasEnded(user, today)) return 'access-ended';
  if (awaitsVerification(user)) return 'unverified';
  return undefined;
}

/**
 * Checks a sign-in and records it in the audit trail. The page tells the person only that
 * the details are wrong, whatever the reason, so it cannot be used to find accounts.
 */
export async function attemptSignIn(
  db: Kysely<Database>,
  attempt: { username: string; password: string; ip: string | null },
  policy: LockoutPolicy = defaultLockoutPolicy,
  today: string = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()),
  now: Date = new Date(),
): Promise<SignInResult> {
  const user = await findUserByUsername(db, attempt.username);
  const passwordOk = await passwordMatches(user?.password_hash ?? (await decoyPasswordHash()), attempt.password);
  const actor = {
    userId: user?.id ?? null,
    username: user?.username ?? attempt.username.slice(0, 100),
    ip: attempt.ip,
  };

  const closed = user && accountClosed(user, today);
  let result: SignInResult;
  if (!user) result = { ok: false, reason: 'unknown-user' };
  else if (closed) result = { ok: false, reason: closed };
  else if (user.locked_until && user.locked_until > now) result = { ok: false, reason: 'locked' };
  else if (!passwordOk) result = { ok: false, reason: 'wrong-password' };
  else result = { ok: true, user };

  await db.transaction().execute(async (trx) => {
    if (user && result.ok) {
      await trx
        .updateTable('users')
        .set({ failed_sign_ins: 0, locked_until: null })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, actor, { event: 'sign-in' });
    } else {
      if (user && !result.ok && result.reason === 'wrong-password') {
        const failures = user.failed_sign_ins + 1;
        const wait = waitAfterFailures(failures, policy);
        await trx
          .updateTable('users')
          .set({
            failed_sign_ins: failures,
            locked_until: wait ? new Date(now.getTime() + wait * 60_000) : user.locked_until,
          })
          .where('id', '=', user.id)
          .execute();
        if (wait) result = { ok: false, reason: 'locked' };
      }
      await recordAudit(trx, actor, { event: 'sign-in-failed', detail: { reason: result.ok ? null : result.reason } });
    }
  });
  return result;
}
