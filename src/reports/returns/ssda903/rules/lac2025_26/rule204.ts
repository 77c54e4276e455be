// SSDA903 2025-26 rule 204: a child's ethnic origin is the one recorded in last year's return.
import { defineRule903 } from '../../rule.ts';
import { headerChangedSinceLastYear } from '../../ruleSupport.ts';

export const rule204 = defineRule903({
  code: '204',
  message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
  tables: ['Header'],
  needs: ['previous'],
  check: (context) =>
    headerChangedSinceLastYear(context, (child, before) => child.ETHNIC.toUpperCase() !== before.ETHNIC.toUpperCase()),
  examples: {
    passing: {
      Header: [
        { CHILD: '1', ETHNIC: 'WBRI' },
        { CHILD: '2', ETHNIC: 'MWBC' },
      ],
      previous: { Header: [{ CHILD: '1', ETHNIC: 'wbri' }] },
    },
    failing: {
      Header: [
        { CHILD: '1', ETHNIC: 'WIRI' },
        { CHILD: '2', ETHNIC: 'MWBC' },
      ],
      previous: { Header: [{ CHILD: '1', ETHNIC: 'WBRI' }] },
    },
    flags: [['Header', 1]],
  },
});
