// SSDA903 2025-26 rule 344: a care leaver who has died or returned home (IN_TOUCH DIED, RHOM) has activity and accommodation 0 or blank.
import { defineRule903, rowsWhere } from '../../rule.ts';

const diedOrReturnedHome = new Set(['DIED', 'RHOM']);
const completed = (value: string) => value !== '' && value !== '0';

export const rule344 = defineRule903({
  code: '344',
  message:
    'The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.',
  tables: ['OC3'],
  check: (context) =>
    rowsWhere(
      context,
      'OC3',
      (leaver) => diedOrReturnedHome.has(leaver.IN_TOUCH) && (completed(leaver.ACTIV) || completed(leaver.ACCOM)),
    ),
  examples: {
    year: '2025-26',
    passing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'RHOM', ACTIV: '0', ACCOM: '0' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
      ],
    },
    failing: {
      OC3: [
        { CHILD: '1', IN_TOUCH: 'RHOM', ACTIV: '0', ACCOM: 'S1' },
        { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' },
        { CHILD: '3', IN_TOUCH: 'DIED', ACTIV: 'F2', ACCOM: '0' },
      ],
    },
    flags: [
      ['OC3', 1],
      ['OC3', 3],
    ],
  },
});
