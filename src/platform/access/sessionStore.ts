import session from 'express-session';
import { sql, type Kysely } from 'kysely';
import { recordAudit } from './audit.ts';
import type { Database } from '../db/schema.ts';

type Callback = (error?: unknown) => void;

/**
 * A session's expiry is moved on at most once a minute: every page would otherwise write (and
 * flush to disk) a session row before it answered. Someone idle is signed out up to a minute
 * before their idle time is up, never after.
 */
const moveExpiryEveryMs = 60_000;

/** Sessions live in the database, so they survive restarts and work across processes. */
export class DatabaseSessionStore extends session.Store {
  /** The expiry last read or written for each session this process has seen. */
  private readonly storedExpiry = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly idleMinutes: number,
  ) {
    super();
  }

  private expiry(data: session.SessionData): Date {
    return data.cookie?.expires ? new Date(data.cookie.expires) : new Date(Date.now() + this.idleMinutes * 60_000);
  }

  override get(sid: string, callback: (error: unknown, data?: session.SessionData | null) => void): void {
    this.db
      .selectFrom('sessions')
      .select(['data', 'expires_at'])
      .where('sid', '=', sid)
      .where('expires_at', '>', new Date())
      .executeTakeFirst()
      .then((row) => {
        if (row) this.storedExpiry.set(sid, new Date(row.expires_at).getTime());
        callback(null, (row?.data as session.SessionData | undefined) ?? null);
      }, callback);
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    const values = { sid, data: JSON.stringify(data), expires_at: this.expiry(data) };
    this.db
      .insertInto('sessions')
      .values(values)
      .onConflict((oc) => oc.column('sid').doUpdateSet({ data: values.data, expires_at: values.expires_at }))
      .execute()
      .then(
        () => {
          this.storedExpiry.set(sid, values.expires_at.getTime());
          callback?.();
        },
        (error) => callback?.(error),
      );
  }

  override touch(sid: string, data: session.SessionData, callback?: Callback): void {
    const expiresAt = this.expiry(data);
    const stored = this.storedExpiry.get(sid);
    if (stored !== undefined && expiresAt.getTime() - stored < moveExpiryEveryMs) {
      callback?.();
      return;
    }
    this.db
      .updateTable('sessions')
      .set({ expires_at: expiresAt })
      .where('sid', '=', sid)
      .execute()
      .then(
        () => {
          this.storedExpiry.set(sid, expiresAt.getTime());
          callback?.();
        },
        (error) => callback?.(error),
      );
  }

  override destroy(sid: string, callback?: Callback): void {
    this.storedExpiry.delete(sid);
    this.db
      .deleteFrom('sessions')
      .where('sid', '=', sid)
      .execute()
      .then(
        () => callback?.(),
        (error) => callback?.(error),
      );
  }

  /**
   * Expired sessions are removed now and then rather than on every request; a signed-in one's
   * expiry is audited for its person (signed out by the idle timeout, not by themselves).
   */
  pruneExpired(now = new Date()): Promise<unknown> {
    for (const [sid, expiresAt] of this.storedExpiry) if (expiresAt <= now.getTime()) this.storedExpiry.delete(sid);
    return this.db.transaction().execute(async (trx) => {
      const expired = await trx
        .deleteFrom('sessions')
        .where('expires_at', '<=', now)
        .returning([sql<number | null>`(data->>'userId')::int`.as('user_id'), 'expires_at'])
        .execute();
      const userIds = [...new Set(expired.flatMap((row) => (row.user_id === null ? [] : [row.user_id])))];
      if (userIds.length === 0) return;
      const users = await trx.selectFrom('users').select(['id', 'username']).where('id', 'in', userIds).execute();
      for (const row of expired) {
        const user = users.find((candidate) => candidate.id === row.user_id);
        if (user)
          await recordAudit(
            trx,
            { userId: user.id, username: user.username },
            {
              event: 'session-expired',
              detail: { expiredAt: row.expires_at },
            },
          );
      }
    });
  }
}
