// Pre-proceedings and care proceedings in the chronology: one line per event, naming every child
// it is about, so a sibling group's proceedings appear once; an interim order names its child.
import { sql } from 'kysely';
import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import {
  deprivationOfLibertyCourts,
  finalOrders,
  hearingTypes,
  interimOrders,
  preProceedingsMeetingTypes,
  preProceedingsOutcomes,
} from './codes.ts';
import { preProceedingsWhole, proceedingsWhole, type ChildOfRecord } from './records.ts';

/** "Amy", "Amy and Ben", "Amy, Ben and Cara". */
const listed = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const namesOf = (children: readonly ChildOfRecord[]) => listed(children.map((child) => child.name));

export const courtChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const [preIds, proceedingsIds, deprivationOfLiberty] = await Promise.all([
    db
      .selectFrom('pre_proceedings_children')
      .select('pre_proceedings_id as id')
      .distinct()
      .where('child_id', 'in', childIds)
      .execute(),
    db
      .selectFrom('proceedings_children')
      .select('proceedings_id as id')
      .distinct()
      .where('child_id', 'in', childIds)
      .execute(),
    db
      .selectFrom('deprivation_of_liberty_orders as o')
      .innerJoin('children as c', 'c.id', 'o.child_id')
      .select(['o.id', 'o.start_date', 'o.end_date', 'o.court', 'c.id as child_id', 'c.access_restriction'])
      .select(sql<string>`c.forename || ' ' || c.surname`.as('name'))
      .where('o.child_id', 'in', childIds)
      .execute(),
  ]);
  const [preProceedings, proceedings] = await Promise.all([
    preProceedingsWhole(
      db,
      preIds.map((row) => row.id),
    ),
    proceedingsWhole(
      db,
      proceedingsIds.map((row) => row.id),
    ),
  ]);
  const events: ChronologyEvent[] = [];
  const add = (
    date: string | null,
    type: string,
    summary: string,
    children: readonly ChildOfRecord[],
    recordType: string,
    recordId: number,
  ) => {
    if (date)
      events.push({
        date,
        type,
        summary,
        childIds: children.map((child) => child.id),
        recordType,
        recordId,
        names: children.map((child) => ({ childId: child.id, name: child.name })),
      });
  };

  for (const plo of preProceedings) {
    const names = namesOf(plo.children);
    const line = (date: string | null, summary: string) =>
      add(date, 'pre-proceedings', summary, plo.children, 'pre_proceedings', plo.id);
    line(plo.start_date, `Legal planning meeting agreed to start pre-proceedings (Public Law Outline) for ${names}`);
    line(plo.letter_before_proceedings_date, `Letter before proceedings sent about ${names}`);
    line(plo.family_group_meeting_offered_date, `Family group decision-making meeting offered about ${names}`);
    line(plo.family_group_meeting_held_date, `Family group decision-making meeting held about ${names}`);
    line(plo.initial_meeting_date, `Pre-proceedings meeting held about ${names}`);
    if (plo.outcome) {
      const outcome =
        preProceedingsOutcomes[plo.outcome as keyof typeof preProceedingsOutcomes] +
        (plo.outcome_detail ? `: ${plo.outcome_detail}` : '');
      line(plo.decision_date, `Pre-proceedings decision for ${names}: ${outcome}`);
    }
    for (const meeting of plo.meetings) {
      const kind = preProceedingsMeetingTypes[meeting.meeting_type as keyof typeof preProceedingsMeetingTypes];
      add(
        meeting.meeting_date,
        'pre-proceedings',
        `${kind} held about ${names}`,
        plo.children,
        'pre_proceedings_meetings',
        meeting.id,
      );
    }
  }
  for (const row of proceedings) {
    const names = namesOf(row.children);
    const reference = row.court_reference ? ` (${row.court_reference})` : '';
    add(
      row.issue_date,
      'court',
      `Care proceedings issued at ${row.court}${reference} for ${names}`,
      row.children,
      'care_proceedings',
      row.id,
    );
    const outcomes = row.children.map(
      (child) =>
        `${child.finalOrder ? finalOrders[child.finalOrder as keyof typeof finalOrders] : 'order not recorded'} for ${child.name}`,
    );
    add(
      row.conclusion_date,
      'court',
      `Care proceedings concluded: ${outcomes.join('; ')}`,
      row.children,
      'care_proceedings',
      row.id,
    );
    for (const extension of row.extensions) {
      const weeks = `${extension.weeks} week${extension.weeks === 1 ? '' : 's'}`;
      add(
        extension.granted_date,
        'court',
        `Court extended the care proceedings timetable by ${weeks}: ${extension.reason}`,
        row.children,
        'proceedings_extensions',
        extension.id,
      );
    }
    for (const hearing of row.hearings) {
      const kind = hearingTypes[hearing.hearing_type as keyof typeof hearingTypes];
      add(
        hearing.hearing_date,
        'court',
        `${kind} at ${hearing.court} about ${names}${hearing.outcome ? `: ${hearing.outcome}` : ''}`,
        row.children,
        'proceedings_hearings',
        hearing.id,
      );
    }
    for (const order of row.interimOrders) {
      const child = row.children.find((each) => each.id === order.child_id);
      if (!child) continue;
      add(
        order.made_date,
        'court',
        `${interimOrders[order.order_type as keyof typeof interimOrders]} made for ${child.name}`,
        [child],
        'proceedings_interim_orders',
        order.id,
      );
    }
  }
  for (const order of deprivationOfLiberty) {
    const child = { id: order.child_id, name: order.name, access_restriction: order.access_restriction };
    const court = order.court
      ? ` by the ${deprivationOfLibertyCourts[order.court as keyof typeof deprivationOfLibertyCourts]}`
      : '';
    const line = (date: string | null, summary: string) =>
      add(date, 'court', summary, [child], 'deprivation_of_liberty_orders', order.id);
    line(order.start_date, `Order authorising the deprivation of ${child.name}'s liberty made${court}`);
    line(order.end_date, `Order authorising the deprivation of ${child.name}'s liberty ended`);
  }
  // Only the events of the children asked for: an interim order is one child's.
  const asked = new Set(childIds);
  return events
    .filter((event) => event.childIds.some((id) => asked.has(id)))
    .sort((a, b) => a.date.localeCompare(b.date));
};
