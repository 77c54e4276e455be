// DfE statutory guidance on children who run away or go missing from home or care (2014): return home interview offered within 72 hours of return.
import { deadlineInHours, instant } from '../../../core/timescales/deadlines.ts';
import type { MissingEpisode } from '../journey.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'return-home-interview': true;
  }
}

/** Held, or offered and declined: the child cannot be made to take part. */
function interviewMoment(episode: MissingEpisode): string | undefined {
  const interview = episode.returnInterview;
  return interview?.heldAt ?? (interview?.declined ? interview.offeredAt : undefined);
}

export const returnHomeInterview: TimescaleRule = {
  id: 'return-home-interview',
  title: 'Return home interview offered and held',
  source: 'DfE statutory guidance on children who run away or go missing from home or care (2014)',
  kind: 'national',
  occurrences(context) {
    return context.journey.missingEpisodes.flatMap((episode) => {
      if (episode.returnedAt === undefined) return [];
      const held = interviewMoment(episode);
      return deadlineInHours(context, {
        recordId: episode.id,
        startedAt: instant(episode.returnedAt),
        hours: 72,
        metAt: held === undefined ? undefined : instant(held),
      });
    });
  },
};
