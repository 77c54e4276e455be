import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** What the first event of the chain follows (migration 0042). */
export const genesisHash = '0'.repeat(64);

type AuditChainReport =
  | { intact: true; events: number; lastHash: string }
  | { intact: false; events: number; eventId: number | null; chainSeq: number | null; problem: string };

interface Link {
  id: number;
  chain_seq: number | null;
  hash: string | null;
  previous_hash: string | null;
  recomputed: string | null;
  before_seq: number | null;
  before_id: number | null;
  before_hash: string | null;
}

/**
 * Walks the audit trail's hash chain and reports the first broken link: an event whose content
 * no longer matches its hash (changed), an event that does not follow the one before it (one
 * removed or put in), a gap in the sequence, or an end short of the chain's head (the newest
 * removed). The hashes are recomputed by the database's audit_event_hash(), the one definition of
 * an event's canonical content, in one pass that returns only the broken links.
 */
export async function verifyAuditChain(db: Kysely<Database>): Promise<AuditChainReport> {
  const { rows: broken } = await sql<Link>`
    select * from (
      select e.id, e.chain_seq, e.hash, e.previous_hash, audit_event_hash(e) as recomputed,
             lag(e.chain_seq) over w as before_seq, lag(e.id) over w as before_id, lag(e.hash) over w as before_hash
        from audit_events e
      window w as (order by e.chain_seq nulls last, e.id)
    ) link
    where chain_seq is null or hash is null or previous_hash is null
       or recomputed is distinct from hash
       or chain_seq <> coalesce(before_seq, 0) + 1
       or previous_hash <> coalesce(before_hash, ${genesisHash})
    order by chain_seq nulls last, id
    limit 1
  `.execute(db);
  const totals = await db
    .selectFrom('audit_events')
    .select((eb) => [eb.fn.countAll<number>().as('events'), eb.fn.max('chain_seq').as('last_seq')])
    .executeTakeFirstOrThrow();
  const events = Number(totals.events);
  const first = broken[0];
  if (first)
    return { intact: false, events, eventId: Number(first.id), chainSeq: first.chain_seq, problem: why(first) };

  const head = await db.selectFrom('audit_chain_head').selectAll().executeTakeFirst();
  const last = await db
    .selectFrom('audit_events')
    .select(['id', 'chain_seq', 'hash'])
    .orderBy('chain_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const lastSeq = last ? Number(last.chain_seq) : 0;
  const lastHash = last?.hash ?? genesisHash;
  if (!head) return { intact: false, events, eventId: null, chainSeq: null, problem: 'the chain head is missing' };
  if (Number(head.last_seq) !== lastSeq || head.last_hash !== lastHash) {
    const missing = Number(head.last_seq) - lastSeq;
    return {
      intact: false,
      events,
      eventId: last ? Number(last.id) : null,
      chainSeq: lastSeq,
      problem:
        missing > 0
          ? `the chain ends at event ${lastSeq} of ${Number(head.last_seq)}: the newest ${missing} event(s) are missing`
          : `the last event does not match the chain head (head at event ${Number(head.last_seq)}, hash ${head.last_hash})`,
    };
  }
  return { intact: true, events, lastHash };
}

function why(link: Link): string {
  if (link.chain_seq === null || link.hash === null || link.previous_hash === null)
    return 'it is not in the chain (written without the chain trigger)';
  const expectedSeq = (link.before_seq ?? 0) + 1;
  if (link.chain_seq > expectedSeq) {
    const from = expectedSeq;
    const to = link.chain_seq - 1;
    return from === to
      ? `event ${from} of the chain, which came before it, is missing`
      : `events ${from} to ${to} of the chain, which came before it, are missing`;
  }
  if (link.chain_seq < expectedSeq) return `its place in the chain (${link.chain_seq}) is taken twice`;
  if (link.recomputed !== link.hash) return 'its content has changed since it was written (the hash does not match)';
  return link.before_id === null
    ? 'the first event of the chain does not start from the genesis marker'
    : `it does not follow event id ${link.before_id}, the one before it (the link to the previous hash is broken)`;
}
