// SSDA903 2025-26 rule 1014: a care leaver with no episode in the year has no UASC information.
import { defineRule903, type Flag903 } from '../../rule.ts';
import { openInYear } from '../../ruleSupport.ts';

export const rule1014 = defineRule903({
  code: '1014',
  message: 'UASC information is not required for care leavers',
  tables: ['UASC', 'Episodes', 'OC3'],
  check: (context) => {
    const lookedAfterInYear = new Set<string>();
    for (const episode of context.tables.Episodes)
      if (openInYear(context, episode)) lookedAfterInYear.add(episode.CHILD);
    const uasc = context.byChild('UASC');
    const flags: Flag903[] = [];
    for (const leaver of context.tables.OC3) {
      const rows = uasc.get(leaver.CHILD);
      if (!rows || lookedAfterInYear.has(leaver.CHILD)) continue;
      if (leaver.IN_TOUCH === '' && leaver.ACTIV === '' && leaver.ACCOM === '') continue;
      flags.push({ table: 'OC3', row: leaver });
      for (const row of rows) flags.push({ table: 'UASC', row });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '01/04/2025', REC: 'E8' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
      UASC: [{ CHILD: '1', SEX: 'M', DOB: '01/04/2007', DUC: '01/04/2025' }],
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '01/04/2024', DEC: '31/03/2025', REC: 'E8' }],
      OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' }],
      UASC: [{ CHILD: '1', SEX: 'M', DOB: '01/04/2007', DUC: '01/04/2025' }],
    },
    flags: [
      ['OC3', 1],
      ['UASC', 1],
    ],
  },
});
