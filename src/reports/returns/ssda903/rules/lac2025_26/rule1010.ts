// SSDA903 2025-26 rule 1010: a care leaver with OC3 information whose last episode last year was still open
// has episodes this year.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { lastEpisodesLastYear } from '../../ruleSupport.ts';

export const rule1010 = defineRule903({
  code: '1010',
  message:
    'This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.',
  tables: ['Episodes', 'OC3'],
  needs: ['previous'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    const lastYear = lastEpisodesLastYear(context);
    return rowsWhere(
      context,
      'OC3',
      (leaver) =>
        (leaver.IN_TOUCH !== '' || leaver.ACTIV !== '' || leaver.ACCOM !== '') &&
        !episodes.has(leaver.CHILD) &&
        lastYear.get(leaver.CHILD)?.DEC === '',
    );
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/03/2025', DEC: '01/06/2025', REC: 'E15' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S2' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', DEC: '' }] },
    },
    failing: {
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S2' }],
      previous: { Episodes: [{ CHILD: '1', DECOM: '01/03/2025', DEC: '' }] },
    },
    flags: [['OC3', 1]],
  },
});
