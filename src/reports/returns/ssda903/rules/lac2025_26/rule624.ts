// SSDA903 2025-26 rule 624: the date of birth of a mother's first child is the one recorded last year.
import { defineRule903 } from '../../rule.ts';
import { headerChangedSinceLastYear, sameDate } from '../../ruleSupport.ts';

export const rule624 = defineRule903({
  code: '624',
  message: 'Date of birth of the first child contradicts the date of birth of the first child previously recorded.',
  tables: ['Header'],
  needs: ['previous'],
  check: (context) =>
    headerChangedSinceLastYear(
      context,
      (child, before) => before.MC_DOB !== '' && !sameDate(context, child.MC_DOB, before.MC_DOB),
    ),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', MC_DOB: '10/10/2024' },
        { CHILD: '2', MC_DOB: '10/10/2025' },
      ],
      previous: {
        Header: [
          { CHILD: '1', MC_DOB: '10/10/2024' },
          { CHILD: '2', MC_DOB: '' },
        ],
      },
    },
    failing: {
      Header: [
        { CHILD: '1', MC_DOB: '11/10/2024' },
        { CHILD: '2', MC_DOB: '10/10/2025' },
      ],
      previous: {
        Header: [
          { CHILD: '1', MC_DOB: '10/10/2024' },
          { CHILD: '2', MC_DOB: '' },
        ],
      },
    },
    flags: [['Header', 1]],
  },
});
