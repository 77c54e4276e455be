// SSDA903 2026-27 rule 707: a child who ceased to be looked after (last episode ended other than X1) has no deprivation of liberty order left open.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule707 = defineRule903({
  code: '707',
  message: 'Child ceased to be looked after but there is a DoLO without an end date.',
  tables: ['Episodes', 'DoLo'],
  check: (context) => {
    const ordered = episodesInOrder(context);
    return rowsWhere(context, 'DoLo', (order) => {
      const last = ordered.get(order.CHILD)?.at(-1);
      return order.DOLO_END === '' && last !== undefined && last.DEC !== '' && last.REC !== 'X1';
    });
  },
  examples: {
    year: '2026-27',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'K2' },
        { CHILD: '1', DECOM: '01/09/2026', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2026', DEC: '01/09/2026', REC: 'X1', PLACE: 'K2' },
        { CHILD: '1', DECOM: '01/09/2026', DEC: '01/12/2026', REC: 'E13', PLACE: 'K2' },
      ],
      DoLo: [{ CHILD: '1', DOLO_START: '01/05/2026' }],
    },
    flags: [['DoLo', 1]],
  },
});
