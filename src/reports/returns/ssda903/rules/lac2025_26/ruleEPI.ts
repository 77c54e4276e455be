// SSDA903 2025-26 rule EPI: a child in the Header has episodes, or is a care leaver (OC3), before the rest of their record can be checked.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const ruleEPI = defineRule903({
  code: 'EPI',
  message:
    'WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const leavers = context.byChild('OC3');
    return rowsWhere(context, 'Header', (child) => !episodes.has(child.CHILD) && !leavers.has(child.CHILD));
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025' }],
      OC3: [{ CHILD: '2', IN_TOUCH: 'YES' }],
    },
    failing: {
      Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '3' }],
      Episodes: [{ CHILD: '1', DECOM: '01/04/2025' }],
      OC3: [{ CHILD: '2', IN_TOUCH: 'YES' }],
    },
    flags: [['Header', 3]],
  },
});
