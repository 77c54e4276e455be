// Children Act 1989 s32(1)(a)(ii), s32(5) and s32(8): care proceedings concluded within 26 weeks beginning with the day of issue, plus extensions granted.
import { isAfter } from '../../../core/calendar.ts';
import { date, deadline, optionalDate } from '../../../core/timescales/deadlines.ts';
import type { TimescaleRule } from '../../../core/timescales/model.ts';
import { timetableEnds } from '../proceedingsTimetable.ts';

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
      const granted = proceedings.extensions.filter(
        (extension) => !isAfter(date(extension.grantedDate), context.asOf.date),
      );
      return deadline(context, {
        recordId: proceedings.id,
        startedOn: issued,
        dueOn: timetableEnds(issued, granted),
        metOn: optionalDate(proceedings.concludedDate),
      });
    });
  },
};
