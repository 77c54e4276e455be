import session from 'express-session';
import { sql, type Kysely } from 'kysely';
import { recordAudit } from './audit.ts';
import type { Database } from '../db/schema.ts';

type Callback = (error?: unknown) => void;

/** Sessions live in the database, so they survive restarts and work across processes. */
export class DatabaseSessionStore extends session.Store {
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
      .select('data')
      .where('sid', '=', sid)
      .where('expires_at', '>', new Date())
      .executeTakeFirst()
      .then((row) => callback(null, (row?.data as session.SessionData | undefined) ?? null), callback);
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    const values = { sid, data: JSON.stringify(data), expires_at: this.expiry(data) };
    this.db
      .insertInto('sessions')
      .values(values)
      .onConflict((oc) => oc.column('sid').doUpdateSet({ data: values.data, expires_at: values.expires_at }))
      .execute()
      .then(
        () => callback?.(),
        (error) => callback?.(error),
      );
  }

  override touch(sid: string, data: session.SessionData, callback?: Callback): void {
    this.db
      .updateTable('sessions')
      .set({ expires_at: this.expiry(data) })
      .where('sid', '=', sid)
      .execute()
      .then(
        () => callback?.(),
        (error) => callback?.(error),
      );
  }

  override destroy(sid: string, callback?: Callback): void {
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
