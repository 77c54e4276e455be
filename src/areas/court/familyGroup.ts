// Family group decision-making before court (Children's Wellbeing and Schools Act 2026; Families
// First): whether the family of a pre-proceedings or proceedings was offered a family group meeting
// (the family group area's records, or the dates pre-proceedings held before those records), and
// when none was, the reason recorded why not. Shown on the child's court page and the tracker.
import type { Kysely } from 'kysely';
import { longDate } from '../../core/dateText.ts';
import type { Database } from '../../platform/db/schema.ts';
import { familyGroupBefore, notOfferedFor, notOfferedReasons, type NotOfferedReason } from '../familygroup/index.ts';

interface CourtRecord {
  id: number;
  children: readonly { id: number }[];
}
type PreProceedingsRecord = CourtRecord & {
  start_date: string;
  decision_date: string | null;
  family_group_meeting_offered_date: string | null;
  family_group_meeting_held_date: string | null;
};
type ProceedingsRecord = CourtRecord & { issue_date: string; pre_proceedings_id: number | null };

const later = (a: string | null | undefined, b: string | null | undefined) => ((a ?? '') > (b ?? '') ? a : b) ?? null;

/** How a record's family group decision-making reads: offered and held, or why not. */
function standingText(offered: string | null, held: string | null, reason?: { reason: string; detail: string | null }) {
  if (offered) return `Offered ${longDate(offered)}` + (held ? `; held ${longDate(held)}` : '; not held');
  if (reason)
    return (
      `Not offered: ${notOfferedReasons[reason.reason as NotOfferedReason] ?? reason.reason}` +
      (reason.detail ? ` (${reason.detail})` : '')
    );
  return 'Not offered, and no reason recorded';
}

/** Each record's family group decision-making, by `pre-<id>` and `proceedings-<id>`. */
export async function familyGroupStandings(
  db: Kysely<Database>,
  records: { preProceedings: readonly PreProceedingsRecord[]; proceedings: readonly ProceedingsRecord[] },
  asOf: string,
): Promise<Map<string, string>> {
  const linkedIds = records.proceedings.flatMap((p) => (p.pre_proceedings_id ? [p.pre_proceedings_id] : []));
  const [found, reasons, linked] = await Promise.all([
    familyGroupBefore(db, [
      ...records.preProceedings.map((plo) => ({
        key: `pre-${plo.id}`,
        childIds: plo.children.map((child) => child.id),
        from: plo.start_date,
        to: plo.decision_date ?? asOf,
      })),
      ...records.proceedings.map((p) => ({
        key: `proceedings-${p.id}`,
        childIds: p.children.map((child) => child.id),
        from: p.issue_date,
        to: p.issue_date,
      })),
    ]),
    notOfferedFor(db, {
      preProceedingsIds: records.preProceedings.map((plo) => plo.id),
      proceedingsIds: records.proceedings.map((p) => p.id),
    }),
    linkedIds.length === 0
      ? []
      : db
          .selectFrom('pre_proceedings')
          .select(['id', 'family_group_meeting_offered_date', 'family_group_meeting_held_date'])
          .where('id', 'in', linkedIds)
          .execute(),
  ]);
  const standings = new Map<string, string>();
  for (const plo of records.preProceedings) {
    const key = `pre-${plo.id}`;
    standings.set(
      key,
      standingText(
        later(found.get(key)?.offered, plo.family_group_meeting_offered_date),
        later(found.get(key)?.held, plo.family_group_meeting_held_date),
        reasons.find((reason) => reason.pre_proceedings_id === plo.id),
      ),
    );
  }
  for (const p of records.proceedings) {
    const key = `proceedings-${p.id}`;
    const before = linked.find((plo) => plo.id === p.pre_proceedings_id);
    standings.set(
      key,
      standingText(
        later(found.get(key)?.offered, before?.family_group_meeting_offered_date),
        later(found.get(key)?.held, before?.family_group_meeting_held_date),
        reasons.find((reason) => reason.care_proceedings_id === p.id),
      ),
    );
  }
  return standings;
}
