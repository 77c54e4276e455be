import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder } from '../../platform/records/chronology.ts';

/** Early help: stepped down, started, stepped up, ended. */
export const earlyHelpChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const episodes = await db
    .selectFrom('early_help_episodes')
    .selectAll()
    .where('child_id', 'in', childIds)
    .orderBy('id')
    .execute();
  return inDateOrder(
    episodes.flatMap((episode) => {
      const event = (date: string, type: string, summary: string) =>
        childEvent('early_help_episodes', episode, date, type, summary);
      return [
        ...(episode.stepped_down_on
          ? [
              event(
                episode.stepped_down_on,
                'early-help-step-down',
                `Stepped down from children’s social care to early help: ${episode.step_down_reason}`,
              ),
            ]
          : []),
        event(
          episode.start_date,
          'early-help',
          `Early help started with ${episode.lead_organisation} (lead professional ${episode.lead_professional})`,
        ),
        ...(episode.stepped_up_on
          ? [
              event(
                episode.stepped_up_on,
                'early-help-step-up',
                `Stepped up from early help to children’s social care: ${episode.step_up_reason}`,
              ),
            ]
          : []),
        ...(episode.end_date
          ? [
              event(
                episode.end_date,
                'early-help',
                `Early help ended${episode.end_reason ? `: ${episode.end_reason}` : ''}`,
              ),
            ]
          : []),
      ];
    }),
  );
};
