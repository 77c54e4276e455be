// Pre-proceedings and care proceedings in the chronology: one line per event, naming every child
// it is about, so a sibling group's proceedings appear once.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import { finalOrders, preProceedingsMeetingTypes, preProceedingsOutcomes } from './codes.ts';

/** "Amy", "Amy and Ben", "Amy, Ben and Cara". */
const listed = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

interface Named {
  childId: number;
  name: string;
}

async function childrenOfRecords(
  db: Kysely<Database>,
  table: 'pre_proceedings_children' | 'proceedings_children',
  childIds: number[],
) {
  const key = table === 'proceedings_children' ? 'proceedings_id' : 'pre_proceedings_id';
  const { rows } = await sql<{ record_id: number; child_id: number; name: string }>`
    select ${sql.ref(`j.${key}`)} as record_id, c.id as child_id, c.forename || ' ' || c.surname as name
    from ${sql.table(table)} j join children c on c.id = j.child_id
    where ${sql.ref(`j.${key}`)} in (select ${sql.ref(key)} from ${sql.table(table)} where child_id in (${sql.join(childIds)}))
    order by c.date_of_birth nulls last, c.id`.execute(db);
  const byRecord = new Map<number, Named[]>();
  for (const row of rows)
    byRecord.set(row.record_id, [...(byRecord.get(row.record_id) ?? []), { childId: row.child_id, name: row.name }]);
  return byRecord;
}

export const courtChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const [preChildren, proceedingsChildren] = await Promise.all([
    childrenOfRecords(db, 'pre_proceedings_children', childIds),
    childrenOfRecords(db, 'proceedings_children', childIds),
  ]);
  const preIds = [...preChildren.keys()];
  const proceedingsIds = [...proceedingsChildren.keys()];
  const [preProceedings, meetings, proceedings, extensions, orders] = await Promise.all([
    preIds.length ? db.selectFrom('pre_proceedings').selectAll().where('id', 'in', preIds).execute() : [],
    preIds.length
      ? db.selectFrom('pre_proceedings_meetings').selectAll().where('pre_proceedings_id', 'in', preIds).execute()
      : [],
    proceedingsIds.length
      ? db.selectFrom('care_proceedings').selectAll().where('id', 'in', proceedingsIds).execute()
      : [],
    proceedingsIds.length
      ? db.selectFrom('proceedings_extensions').selectAll().where('proceedings_id', 'in', proceedingsIds).execute()
      : [],
    proceedingsIds.length
      ? db
          .selectFrom('proceedings_children')
          .select(['proceedings_id', 'child_id', 'final_order'])
          .where('proceedings_id', 'in', proceedingsIds)
          .execute()
      : [],
  ]);
  const events: ChronologyEvent[] = [];
  const add = (
    date: string | null,
    type: string,
    summary: string,
    children: Named[],
    recordType: string,
    recordId: number,
  ) => {
    if (date)
      events.push({
        date,
        type,
        summary,
        childIds: children.map((child) => child.childId),
        recordType,
        recordId,
        names: children,
      });
  };

  for (const plo of preProceedings) {
    const children = preChildren.get(plo.id) ?? [];
    const names = listed(children.map((child) => child.name));
    add(
      plo.start_date,
      'pre-proceedings',
      `Legal planning meeting agreed to start pre-proceedings (Public Law Outline) for ${names}`,
      children,
      'pre_proceedings',
      plo.id,
    );
    add(
      plo.letter_before_proceedings_date,
      'pre-proceedings',
      `Letter before proceedings sent about ${names}`,
      children,
      'pre_proceedings',
      plo.id,
    );
    add(
      plo.initial_meeting_date,
      'pre-proceedings',
      `Pre-proceedings meeting held about ${names}`,
      children,
      'pre_proceedings',
      plo.id,
    );
    if (plo.outcome) {
      const outcome =
        preProceedingsOutcomes[plo.outcome as keyof typeof preProceedingsOutcomes] +
        (plo.outcome_detail ? `: ${plo.outcome_detail}` : '');
      add(
        plo.decision_date,
        'pre-proceedings',
        `Pre-proceedings decision for ${names}: ${outcome}`,
        children,
        'pre_proceedings',
        plo.id,
      );
    }
  }
  for (const meeting of meetings) {
    const children = preChildren.get(meeting.pre_proceedings_id) ?? [];
    const kind = preProceedingsMeetingTypes[meeting.meeting_type as keyof typeof preProceedingsMeetingTypes];
    add(
      meeting.meeting_date,
      'pre-proceedings',
      `${kind} held about ${listed(children.map((child) => child.name))}`,
      children,
      'pre_proceedings_meetings',
      meeting.id,
    );
  }
  for (const row of proceedings) {
    const children = proceedingsChildren.get(row.id) ?? [];
    const reference = row.court_reference ? ` (${row.court_reference})` : '';
    add(
      row.issue_date,
      'court',
      `Care proceedings issued at ${row.court}${reference} for ${listed(children.map((child) => child.name))}`,
      children,
      'care_proceedings',
      row.id,
    );
    const outcomes = children.map((child) => {
      const order = orders.find((o) => o.proceedings_id === row.id && o.child_id === child.childId)?.final_order;
      return `${order ? finalOrders[order as keyof typeof finalOrders] : 'order not recorded'} for ${child.name}`;
    });
    add(
      row.conclusion_date,
      'court',
      `Care proceedings concluded: ${outcomes.join('; ')}`,
      children,
      'care_proceedings',
      row.id,
    );
  }
  for (const extension of extensions) {
    const children = proceedingsChildren.get(extension.proceedings_id) ?? [];
    const weeks = `${extension.weeks} week${extension.weeks === 1 ? '' : 's'}`;
    add(
      extension.granted_date,
      'court',
      `Court extended the care proceedings timetable by ${weeks}: ${extension.reason}`,
      children,
      'proceedings_extensions',
      extension.id,
    );
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
};
