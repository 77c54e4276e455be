// SSDA903 2025-26 rule 114: whether the adopters were the child's foster carers, when given, is 0 or 1.
import { defineRule903, rowsWhere } from '../../rule.ts';

const noOrYes = new Set(['0', '1']);

export const rule114 = defineRule903({
  code: '114',
  message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.',
  tables: ['AD1'],
  check: (context) =>
    rowsWhere(context, 'AD1', (adoption) => adoption.FOSTER_CARE !== '' && !noOrYes.has(adoption.FOSTER_CARE)),
  examples: {
    year: '2025-26',
    passing: {
      AD1: [
        { CHILD: '1', FOSTER_CARE: '1' },
        { CHILD: '2', FOSTER_CARE: '' },
      ],
    },
    failing: {
      AD1: [
        { CHILD: '1', FOSTER_CARE: 'Y' },
        { CHILD: '2', FOSTER_CARE: '' },
      ],
    },
    flags: [['AD1', 1]],
  },
});
