// Children Act 1989 s32(1)(a)(ii) and s32(5): care proceedings concluded within 26 weeks of issue, plus extensions granted (each up to 8 weeks).
import { addWeeks, isAfter } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';

declare module '../../../core/timescales/model.ts' {
  interface TimescaleRuleIds {
    proceedings: true;
  }
}

export const careProceedings: TimescaleRule = {
  id: 'proceedings',
  title: 'Care proceedings concluded',
  source: 'Children Act 1989 s32(1)(a)(ii) and s32(5)',
  kind: 'national',
  occurrences(context) {
    return context.journey.careProceedings.flatMap((proceedings) => {
      const issued = date(proceedings.issueDate);
      // An extension moves the timetable only once the court has granted it.
      const extensionWeeks = proceedings.extensions
        .filter((extension) => !isAfter(date(extension.grantedDate), context.asOf.date))
        .reduce((weeks, extension) => weeks + extension.weeks, 0);
      return deadline(context, {
        recordId: proceedings.id,
        startedOn: issued,
        dueOn: addWeeks(issued, 26 + extensionWeeks),
        metOn: optionalDate(proceedings.concludedDate),
      });
    });
  },
};
