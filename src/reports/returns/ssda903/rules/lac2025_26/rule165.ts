// SSDA903 2025-26 rule 165: MOTHER is 0 or 1, only for girls, and given for every girl looked after in the year (not for care leavers alone).
import { defineRule903, rowsWhere } from '../../rule.ts';
import { openInYear } from '../../ruleSupport.ts';

export const rule165 = defineRule903({
  code: '165',
  message: 'Data entry for mother status is invalid.',
  tables: ['Header', 'Episodes'],
  check: (context) => {
    const lookedAfterInYear = new Set<string>();
    for (const episode of context.tables.Episodes)
      if (episode.LS !== 'V3' && episode.LS !== 'V4' && openInYear(context, episode))
        lookedAfterInYear.add(episode.CHILD);
    const leavers = context.byChild('OC3');
    return rowsWhere(context, 'Header', (child) => {
      if (child.MOTHER !== '' && child.MOTHER !== '0' && child.MOTHER !== '1') return true;
      if (child.SEX === 'M') return child.MOTHER !== '';
      if (child.SEX !== 'F') return false;
      if (lookedAfterInYear.has(child.CHILD)) return child.MOTHER === '';
      const leaver = leavers.get(child.CHILD)?.[0];
      return (
        child.MOTHER !== '' &&
        leaver !== undefined &&
        (leaver.IN_TOUCH !== '' || leaver.ACTIV !== '' || leaver.ACCOM !== '')
      );
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '0' },
        { CHILD: '2', SEX: 'M', MOTHER: '' },
        { CHILD: '3', SEX: 'F', MOTHER: '' },
        { CHILD: '4', SEX: 'F', MOTHER: '' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'E8', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '3', DECOM: '01/04/2024', DEC: '31/03/2025', REC: 'E8', LS: 'C2' },
        { CHILD: '4', DECOM: '01/04/2025', DEC: '03/04/2025', REC: 'E13', LS: 'V3' },
      ],
      OC3: [{ CHILD: '3', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
    },
    failing: {
      Header: [
        { CHILD: '1', SEX: 'F', MOTHER: '' },
        { CHILD: '2', SEX: 'M', MOTHER: '0' },
        { CHILD: '3', SEX: 'F', MOTHER: '0' },
        { CHILD: '4', SEX: 'F', MOTHER: '' },
        { CHILD: '5', SEX: 'F', MOTHER: '2' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'E8', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '3', DECOM: '01/04/2024', DEC: '31/03/2025', REC: 'E8', LS: 'C2' },
        { CHILD: '4', DECOM: '01/04/2025', DEC: '03/04/2025', REC: 'E13', LS: 'V3' },
        { CHILD: '5', DECOM: '01/04/2025', LS: 'C2' },
      ],
      OC3: [{ CHILD: '3', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
    },
    flags: [
      ['Header', 1],
      ['Header', 2],
      ['Header', 3],
      ['Header', 5],
    ],
  },
});
