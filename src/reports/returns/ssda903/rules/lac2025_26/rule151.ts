// SSDA903 2025-26 rule 151: a child's AD1 adoption items are all completed or all left blank.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { adoptionItems } from '../../ruleSupport.ts';

export const rule151 = defineRule903({
  code: '151',
  message: 'All data items relating to a childs adoption must be coded or left blank.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => {
      const given = adoptionItems.filter((item) => adoption[item] !== '').length;
      return given > 0 && given < adoptionItems.length;
    }),
  examples: {
    passing: {
      AD1: [
        {
          CHILD: '1',
          DATE_INT: '01/04/2025',
          DATE_MATCH: '01/06/2025',
          FOSTER_CARE: '0',
          NB_ADOPTR: '1',
          SEX_ADOPTR: 'F1',
          LS_ADOPTR: 'L0',
        },
        { CHILD: '2' },
      ],
    },
    failing: {
      AD1: [
        {
          CHILD: '1',
          DATE_INT: '01/04/2025',
          DATE_MATCH: '01/06/2025',
          FOSTER_CARE: '0',
          NB_ADOPTR: '1',
          SEX_ADOPTR: 'F1',
          LS_ADOPTR: '',
        },
        { CHILD: '2' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
