// The chronology's multi-agency events: each agency's part in a strategy discussion and a section
// 47 enquiry, and who leads the enquiry and the plan from when.
import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, rowsWithin } from '../../platform/records/chronology.ts';
import { agencies, type Agency } from './codes.ts';

const agencyName = (code: string) => agencies[code as Agency] ?? code;

/** What an agency brought, in one line: shared, its view, its actions (those recorded). */
const brought = (row: { information_shared: string | null; agency_view: string | null; actions: string | null }) =>
  [
    row.information_shared && `shared: ${row.information_shared}`,
    row.agency_view && `view: ${row.agency_view}`,
    row.actions && `actions: ${row.actions}`,
  ]
    .filter(Boolean)
    .join('; ');

export const multiAgencyChronology: ChronologySource = async (db, childIds, reach) => {
  if (childIds.length === 0) return [];
  const [discussed, enquired, leads] = await Promise.all([
    rowsWithin(
      reach,
      db.selectFrom('strategy_discussion_contributions').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'held_date',
    ),
    rowsWithin(
      reach,
      db.selectFrom('section_47_contributions').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'contributed_on',
    ),
    rowsWithin(
      reach,
      db
        .selectFrom('lead_child_protection_practitioners as lead')
        .innerJoin('workers', 'workers.id', 'lead.worker_id')
        .leftJoin('teams', 'teams.id', 'lead.team_id')
        .select([
          'lead.id',
          'lead.child_id',
          'lead.from_date',
          'lead.reason',
          'lead.section_47_enquiry_id',
          'workers.name as worker_name',
          'teams.name as team_name',
        ])
        .where('lead.child_id', 'in', childIds)
        .orderBy('lead.id'),
      'lead.from_date',
    ),
  ]);
  return [
    ...discussed.map((row) => {
      const part = row.took_part ? 'took part' : `did not take part (${row.absence_reason})`;
      const what = brought(row);
      return childEvent(
        'strategy_discussion_contributions',
        row,
        row.held_date,
        'strategy-discussion',
        `Strategy discussion: ${agencyName(row.agency)} ${part}${what ? `. ${what}` : ''}`,
      );
    }),
    ...enquired.map((row) =>
      childEvent(
        'section_47_contributions',
        row,
        row.contributed_on,
        'section-47',
        `Section 47 enquiry: ${agencyName(row.agency)} contributed. ${brought(row)}`,
      ),
    ),
    ...leads.map((row) =>
      childEvent(
        'lead_child_protection_practitioners',
        row,
        row.from_date,
        row.section_47_enquiry_id === null ? 'child-protection-plan' : 'section-47',
        `Lead Child Protection Practitioner for the ${row.section_47_enquiry_id === null ? 'child protection plan' : 'section 47 enquiry'}: ${row.worker_name}${row.team_name ? `, ${row.team_name}` : ''}${row.reason ? ` (${row.reason})` : ''}`,
      ),
    ),
  ];
};
