// SSDA903 2025-26 rule 134: a care leaver with OC3 information has no adoption (AD1) information.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { adoptionItems } from '../../ruleSupport.ts';

export const rule134 = defineRule903({
  code: '134',
  message: 'Data on adoption should not be entered for the OC3 cohort.',
  tables: ['OC3', 'AD1'],
  check: (context) => {
    const leavers = context.byChild('OC3');
    return rowsWhere(
      context,
      'AD1',
      (adoption) =>
        adoptionItems.some((item) => adoption[item] !== '') &&
        (leavers.get(adoption.CHILD) ?? []).some(
          (leaver) => leaver.IN_TOUCH !== '' || leaver.ACTIV !== '' || leaver.ACCOM !== '',
        ),
    );
  },
  examples: {
    passing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S2' }, { CHILD: '2' }],
      AD1: [{ CHILD: '2', DATE_INT: '01/04/2025' }],
    },
    failing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S2' }, { CHILD: '2' }],
      AD1: [
        { CHILD: '2', DATE_INT: '01/04/2025' },
        { CHILD: '1', DATE_INT: '01/04/2025' },
      ],
    },
    flags: [['AD1', 2]],
  },
});
