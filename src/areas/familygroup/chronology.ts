// Family group decision-making in the chronology: one line per event, naming every child it is
// about, so a sibling group's meeting appears once.
import { longDate } from '../../core/dateText.ts';
import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import { declinedReasons, meetingKinds, notOfferedReasons, reviewOutcomes, supportKinds } from './codes.ts';
import { familyGroupRecordOf, type ChildOfRecord } from './records.ts';
import { described, listed, pounds } from './wording.ts';

export const familyGroupChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const { meetings, supportPackages, notOffered } = await familyGroupRecordOf(db, childIds);
  const events: ChronologyEvent[] = [];
  const add = (
    date: string | null,
    summary: string,
    children: readonly ChildOfRecord[],
    recordType: string,
    recordId: number,
  ) => {
    if (date)
      events.push({
        date,
        type: 'family-group',
        summary,
        childIds: children.map((child) => child.id),
        recordType,
        recordId,
        names: children.map((child) => ({ childId: child.id, name: child.name })),
      });
  };
  const namesOf = (children: readonly ChildOfRecord[]) => listed(children.map((child) => child.name));

  for (const meeting of meetings) {
    const names = namesOf(meeting.children);
    const kind = described(meetingKinds, meeting.kind);
    const line = (date: string | null, summary: string) =>
      add(date, summary, meeting.children, 'family_group_meetings', meeting.id);
    line(meeting.offered_date, `${kind} offered to the family of ${names} by ${meeting.offered_by_name}`);
    if (meeting.response === 'accepted') line(meeting.response_date, `The family accepted the ${kind.toLowerCase()}`);
    if (meeting.response === 'declined')
      line(
        meeting.response_date,
        `The family declined the ${kind.toLowerCase()}: ${described(declinedReasons, meeting.declined_reason)}` +
          (meeting.declined_detail ? ` (${meeting.declined_detail})` : ''),
      );
    line(
      meeting.held_date,
      `${kind} held about ${names}, coordinated by ${meeting.coordinator_name}` +
        (meeting.family_plan ? `; the family agreed a plan` : '') +
        (meeting.review_due_date ? `, to be reviewed by ${longDate(meeting.review_due_date)}` : ''),
    );
    for (const review of meeting.reviews)
      add(
        review.review_date,
        `Family plan reviewed: ${described(reviewOutcomes, review.outcome)}`,
        meeting.children,
        'family_group_plan_reviews',
        review.id,
      );
  }
  for (const support of supportPackages) {
    const what =
      `${described(supportKinds, support.kind)} for ${support.recipient}` +
      (support.amount_pence ? ` (${pounds(support.amount_pence)})` : '');
    add(
      support.start_date,
      `Family network support began: ${what}`,
      support.children,
      'family_network_support_packages',
      support.id,
    );
    add(
      support.end_date,
      `Family network support ended: ${what}`,
      support.children,
      'family_network_support_packages',
      support.id,
    );
  }
  for (const reason of notOffered)
    add(
      reason.before_date,
      `No family group decision-making offered before ${reason.pre_proceedings_id ? 'pre-proceedings' : 'proceedings'}: ` +
        described(notOfferedReasons, reason.reason) +
        (reason.detail ? ` (${reason.detail})` : ''),
      reason.children,
      'family_group_not_offered',
      reason.id,
    );
  return events;
};
