import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { childChanged } from '../db/transaction.ts';

/** Who did it, as the web edge or the CLI knows them. */
export interface Actor {
  userId: number | null;
  username: string | null;
  ip?: string | null;
}

export const auditEvents = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'session-expired',
  'permission-denied',
  'user-added',
  'user-changed',
  'user-disabled',
  'user-enabled',
  'password-reset',
  'partner-verified',
  'child-record-viewed',
  'children-listed',
  'child-record-changed',
  'break-glass',
  'access-reason-given',
  'access-granted',
  'settings-changed',
  'workforce-changed',
] as const;
export type AuditEventName = (typeof auditEvents)[number];

export interface AuditEntry {
  event: AuditEventName;
  childId?: string;
  recordType?: string;
  recordId?: string | number;
  reason?: string;
  detail?: Record<string, unknown>;
}

/**
 * The audit trail. Pass the transaction that makes the change, so the change and its
 * record commit or fail together.
 */
export async function recordAudit(executor: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  await executor
    .insertInto('audit_events')
    .values({
      user_id: actor.userId,
      username: actor.username,
      ip: actor.ip ?? null,
      event: entry.event,
      child_id: entry.childId ?? null,
      record_type: entry.recordType ?? null,
      record_id: entry.recordId === undefined ? null : String(entry.recordId),
      reason: entry.reason ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

/** Every view of a page of a child's record (the route helper writes it for routes that declare it). */
export const childRecordViewed = (
  executor: Kysely<Database>,
  actor: Actor,
  childId: string,
  recordType: string,
  recordId?: string | number,
  detail?: Record<string, unknown>,
) =>
  recordAudit(executor, actor, {
    event: 'child-record-viewed',
    childId,
    recordType,
    ...(recordId === undefined ? {} : { recordId }),
    ...(detail ? { detail } : {}),
  });

/**
 * A page or export that named children (search results with the terms searched, team and due
 * lists, queues, CSV): one event holding which children, so a list of 600 is one row, not 600.
 */
export const childrenListed = (
  executor: Kysely<Database>,
  actor: Actor,
  childIds: readonly number[],
  detail: Record<string, unknown>,
) =>
  recordAudit(executor, actor, {
    event: 'children-listed',
    detail: { ...detail, count: childIds.length, childIds: [...new Set(childIds)] },
  });

/** What later areas call, inside the writing transaction, for every change of a child's record. */
export const childRecordChanged = async (
  executor: Kysely<Database>,
  actor: Actor,
  change: {
    childId: string;
    recordType: string;
    recordId: string | number;
    reason?: string;
    detail?: Record<string, unknown>;
  },
) => {
  await recordAudit(executor, actor, { event: 'child-record-changed', ...change });
  await childChanged(executor, Number(change.childId));
};

/** How far back a person's recently opened children are looked for: their latest views, however busy. */
const recentViewsRead = 500;

/**
 * The children whose records this person opened most recently, latest first, with when: read from
 * their newest view events only (the index on user and time, walked backwards), so the cost does not
 * grow with the trail.
 */
export async function childrenViewedRecently(db: Kysely<Database>, userId: number, count: number) {
  const rows = await sql<{ child_id: string; viewed_at: Date }>`
    select child_id, max(occurred_at) as viewed_at
    from (select child_id, occurred_at from audit_events
          where user_id = ${userId} and event = 'child-record-viewed' and child_id is not null
          order by occurred_at desc limit ${recentViewsRead}) recent
    group by child_id order by viewed_at desc limit ${count}`.execute(db);
  return rows.rows.map((row) => ({ childId: Number(row.child_id), viewedAt: new Date(row.viewed_at) }));
}

export interface AuditFilter {
  username?: string | undefined;
  childId?: string | undefined;
  event?: AuditEventName | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function findAuditEvents(db: Kysely<Database>, filter: AuditFilter) {
  let query = db.selectFrom('audit_events');
  if (filter.username)
    query = query.where((eb) => eb(eb.fn('lower', ['username']), '=', filter.username!.toLowerCase()));
  if (filter.event) query = query.where('event', '=', filter.event);
  if (filter.childId) query = query.where('child_id', '=', filter.childId);
  // Filters are English calendar days, whatever the server's time zone.
  const londonDay = sql<string>`(occurred_at at time zone 'Europe/London')::date`;
  if (filter.from) query = query.where(londonDay, '>=', filter.from);
  if (filter.to) query = query.where(londonDay, '<=', filter.to);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: total.count };
}
