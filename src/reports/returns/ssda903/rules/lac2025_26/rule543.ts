// SSDA903 2025-26 rule 543: a child aged 10 or over at 31 March, looked after continuously for 12 months, has their conviction item (CONVICTED) completed.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { ageOf, continuouslyLookedAfter } from '../../ruleSupport.ts';

export const rule543 = defineRule903({
  code: '543',
  message:
    'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.',
  tables: ['Header', 'Episodes', 'OC2'],
  check: (context) => {
    const continuous = continuouslyLookedAfter(context);
    return rowsWhere(context, 'OC2', (child) => {
      const age = ageOf(context, child.CHILD, context.year.end);
      return age !== null && age >= 10 && continuous.has(child.CHILD) && child.CONVICTED === '';
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', DOB: '31/03/2016' },
        { CHILD: '2', DOB: '01/04/2016' },
        { CHILD: '3', DOB: '01/01/2010' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '3', DECOM: '02/04/2025', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', CONVICTED: '0' },
        { CHILD: '2', CONVICTED: '' },
        { CHILD: '3', CONVICTED: '' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', DOB: '31/03/2016' },
        { CHILD: '2', DOB: '01/04/2016' },
        { CHILD: '3', DOB: '01/01/2010' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '3', DECOM: '01/04/2025', LS: 'C2' },
      ],
      OC2: [
        { CHILD: '1', CONVICTED: '' },
        { CHILD: '2', CONVICTED: '' },
        { CHILD: '3', CONVICTED: '' },
      ],
    },
    flags: [
      ['OC2', 1],
      ['OC2', 3],
    ],
  },
});
