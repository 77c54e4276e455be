// SSDA903 2025-26 rule 625: a mother's child is not born after the year ended or after the mother left care.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { leftCareOn } from '../../ruleSupport.ts';

export const rule625 = defineRule903({
  code: '625',
  message:
    'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.',
  tables: ['Episodes', 'Header'],
  check: (context) => {
    const left = leftCareOn(context);
    return rowsWhere(context, 'Header', (child) => {
      const born = context.day(child.MC_DOB);
      return born !== null && born > Math.min(context.year.end, left.get(child.CHILD) ?? context.year.end);
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '01/06/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '1', MC_DOB: '31/03/2026' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'E4A' },
        { CHILD: '2', DECOM: '01/03/2025' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '1', MC_DOB: '02/06/2025' },
        { CHILD: '2', SEX: 'F', MOTHER: '1', MC_DOB: '01/04/2026' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'E4A' },
        { CHILD: '2', DECOM: '01/03/2025' },
      ],
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
    ],
  },
});
