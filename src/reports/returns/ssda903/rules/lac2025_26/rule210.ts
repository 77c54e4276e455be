// SSDA903 2025-26 rule 210: a child looked after at 31 March whose care began more than a week before (before 24 March) has a UPN other than UN4 (not yet obtained).
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';
import { lookedAfterAtYearEnd } from '../../ruleSupport.ts';

export const rule210 = defineRule903({
  code: '210',
  message:
    'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.',
  tables: ['Header', 'Episodes'],
  // The community validator flags UN4 children whose episode began on or after 24 March — the children
  // the code is for; the DfE message points at those looked after for more than a week, as here.
  check: (context) => {
    const aWeekBefore = dayFromParts(context.year.firstYear + 1, 3, 24) as number;
    const lookedAfter = lookedAfterAtYearEnd(context);
    return rowsWhere(context, 'Header', (child) => {
      const began = lookedAfter.get(child.CHILD)?.began;
      return child.UPN === 'UN4' && began !== undefined && began !== null && began < aWeekBefore;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', UPN: 'UN4' },
        { CHILD: '2', UPN: 'UN4' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '24/03/2026', PLACE: 'U1' },
        { CHILD: '2', DECOM: '01/01/2026', DEC: '01/02/2026', REC: 'E13' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', UPN: 'UN4' },
        { CHILD: '2', UPN: 'UN4' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '23/03/2026', DEC: '25/03/2026', REC: 'X1' },
        { CHILD: '1', DECOM: '25/03/2026', PLACE: 'U1' },
        { CHILD: '2', DECOM: '01/01/2026', DEC: '01/02/2026', REC: 'E13' },
      ],
    },
    flags: [['Header', 1]],
  },
});
