// Missing and away episodes in a child's chronology.
import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import { hoursMissing } from './model.ts';
import { missingEpisodesOf } from './store.ts';

const londonDate = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

const whereabouts: Record<string, string> = {
  M: 'Missing from placement',
  A: 'Away from placement without authorisation',
};

function interviewOutcome(row: Awaited<ReturnType<typeof missingEpisodesOf>>[number]): string {
  if (row.interview_id === null) return 'no return home interview recorded';
  if (row.held_at) return 'return home interview held';
  if (row.accepted === false) return 'return home interview offered and declined';
  if (row.offered) return 'return home interview offered';
  return 'return home interview not offered';
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export const missingChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const rows = await missingEpisodesOf(db, childIds);
  const events = rows.flatMap((row) => {
    const base = { childIds: [row.child_id], recordType: 'missing_episodes', recordId: row.id };
    const what = whereabouts[row.missing_type] ?? 'Missing';
    const summary = row.returned_at
      ? `${what} for ${plural(hoursMissing(row.started_at, row.returned_at), 'hour')}; ${interviewOutcome(row)}`
      : `${what}; not yet returned`;
    const events: ChronologyEvent[] = [
      { ...base, date: londonDate(row.started_at), at: row.started_at, type: 'missing', summary },
    ];
    if (row.manager_comment_date && row.interview_id !== null) {
      events.push({
        date: row.manager_comment_date,
        type: 'missing',
        summary: 'Manager commented on the return home interview',
        childIds: [row.child_id],
        recordType: 'return_home_interviews',
        recordId: row.interview_id,
      });
    }
    return events;
  });
  return events.sort((a, b) => a.date.localeCompare(b.date));
};
