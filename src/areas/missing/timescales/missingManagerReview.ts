// Local standard (Ofsted 2017 recommendation): a manager comments on the return home interview within 5 working days.
import { deadline, instant, londonDate, optionalDate, workingDaysAfter } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    'missing-manager-review': true;
  }
}

export const missingManagerReview: TimescaleRule = {
  id: 'missing-manager-review',
  title: 'Manager review of the return home interview',
  source: 'Local standard (Ofsted 2017 recommendation)',
  kind: 'local',
  occurrences(context) {
    return context.journey.missingEpisodes.flatMap((episode) => {
      const heldAt = episode.returnInterview?.heldAt;
      if (heldAt === undefined) return [];
      const held = londonDate(instant(heldAt));
      return deadline(context, {
        recordId: episode.id,
        startedOn: held,
        dueOn: workingDaysAfter(context, held, context.settings.missingManagerReviewWorkingDays),
        metOn: optionalDate(episode.managerReviewDate),
      });
    });
  },
};
