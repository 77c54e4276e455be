// What the timescale engine reads from the court record.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, DatedRecord, IsoDate } from '../../core/timescales/journey.ts';
import { optional } from '../../platform/records/plainData.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
export interface CareProceedings {
  id: string;
  issueDate: IsoDate;
  /** s32(5) extensions; the court area validates the 8-week limit. */
  extensions: { weeks: number; reason: string; grantedDate: IsoDate }[];
  concludedDate?: IsoDate;
}

/** Pre-proceedings under the Public Law Outline. */
export interface PreProceedings {
  id: string;
  /** The meeting that followed the letter before proceedings. */
  meetingDate: IsoDate;
  reviewMeetings: DatedRecord[];
  /** Decision to issue proceedings or to step down; ends pre-proceedings. */
  decisionDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    careProceedings: CareProceedings[];
    preProceedings: PreProceedings[];
  }
}

/** This area's part of a journey with no records. */
export const emptyCourtJourney = { careProceedings: [], preProceedings: [] };

export async function courtJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Partial<ChildJourney>>> {
  const [proceedings, preProceedings] = await Promise.all([
    db
      .selectFrom('care_proceedings')
      .innerJoin('proceedings_children', 'proceedings_children.proceedings_id', 'care_proceedings.id')
      .selectAll('care_proceedings')
      .select('proceedings_children.child_id')
      .where('proceedings_children.child_id', 'in', childIds)
      .orderBy('care_proceedings.issue_date')
      .execute(),
    db
      .selectFrom('pre_proceedings')
      .innerJoin('pre_proceedings_children', 'pre_proceedings_children.pre_proceedings_id', 'pre_proceedings.id')
      .selectAll('pre_proceedings')
      .select('pre_proceedings_children.child_id')
      .where('pre_proceedings_children.child_id', 'in', childIds)
      .orderBy('pre_proceedings.start_date')
      .execute(),
  ]);
  // Siblings share one set of proceedings: its extensions and meetings are read once.
  const [extensions, meetings] = await Promise.all([
    proceedings.length === 0
      ? []
      : db
          .selectFrom('proceedings_extensions')
          .selectAll()
          .where('proceedings_id', 'in', [...new Set(proceedings.map((p) => p.id))])
          .orderBy('granted_date')
          .execute(),
    preProceedings.length === 0
      ? []
      : db
          .selectFrom('pre_proceedings_meetings')
          .selectAll()
          .where('pre_proceedings_id', 'in', [...new Set(preProceedings.map((p) => p.id))])
          .where('meeting_type', '=', 'review')
          .orderBy('meeting_date')
          .execute(),
  ]);
  const proceedingsOf = groupBy(proceedings, (row) => row.child_id);
  const preProceedingsOf = groupBy(preProceedings, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    careProceedings: (proceedingsOf.get(childId) ?? []).map((row): CareProceedings => ({
      id: String(row.id),
      issueDate: row.issue_date,
      extensions: extensions
        .filter((extension) => extension.proceedings_id === row.id)
        .map((extension) => ({
          weeks: extension.weeks,
          reason: extension.reason,
          grantedDate: extension.granted_date,
        })),
      ...optional('concludedDate', row.conclusion_date),
    })),
    // The review clock starts at the initial pre-proceedings meeting: until it is held there is nothing to time.
    preProceedings: (preProceedingsOf.get(childId) ?? []).flatMap((row): PreProceedings[] =>
      row.initial_meeting_date === null
        ? []
        : [
            {
              id: String(row.id),
              meetingDate: row.initial_meeting_date,
              reviewMeetings: meetings
                .filter((meeting) => meeting.pre_proceedings_id === row.id)
                .map((meeting) => ({ id: String(meeting.id), date: meeting.meeting_date })),
              ...optional('decisionDate', row.decision_date),
            },
          ],
    ),
  }));
}
