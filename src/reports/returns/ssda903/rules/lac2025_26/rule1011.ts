// SSDA903 2025-26 rule 1011: a child whose last episode ended with care transferred to another local
// authority (REC E3) has no care leaver information (OC3 IN_TOUCH, ACTIV, ACCOM).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { episodesInOrder } from '../../ruleSupport.ts';

export const rule1011 = defineRule903({
  code: '1011',
  message:
    'This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.',
  tables: ['Episodes', 'OC3'],
  check: (context) => {
    const episodes = episodesInOrder(context);
    return rowsWhere(context, 'OC3', (leaver) => {
      const last = episodes.get(leaver.CHILD)?.at(-1);
      return last?.REC === 'E3' && (leaver.IN_TOUCH !== '' || leaver.ACTIV !== '' || leaver.ACCOM !== '');
    });
  },
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E3' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E11' },
      ],
      OC3: [{ CHILD: '1' }, { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S2' }],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E3' },
        { CHILD: '2', DECOM: '01/04/2024', DEC: '01/06/2025', REC: 'E11' },
      ],
      OC3: [
        { CHILD: '1', IN_TOUCH: 'YES' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S2' },
      ],
    },
    flags: [['OC3', 1]],
  },
});
