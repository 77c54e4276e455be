// SSDA903 2025-26 rule SW12STG2: a child looked after at 31 March has social worker episodes from 1 April (or from when their care began, if later).
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';
import { lookedAfterAtYearEnd, socialWorkerEpisodesInOrder } from '../../ruleSupport.ts';

export const ruleSW12STG2 = defineRule903({
  code: 'SW12STG2',
  message:
    'If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after',
  tables: ['Episodes', 'SWEpisodes'],
  // Harbour cannot see a social worker the child had before care, so it checks what it can: that the
  // reported episodes reach back to the later of 1 April and the start of care. The open episode is flagged.
  check: (context) => {
    const socialWorkers = socialWorkerEpisodesInOrder(context);
    const flags: Flag903[] = [];
    for (const [child, { open, began }] of lookedAfterAtYearEnd(context)) {
      if (open.LS === 'V3' || open.LS === 'V4' || began === null) continue;
      const first = socialWorkers.get(child)?.[0];
      const firstStart = first ? context.day(first.SW_DECOM) : null;
      if (firstStart === null || firstStart > Math.max(began, context.year.start))
        flags.push({ table: 'Episodes', row: open });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2024', LS: 'C2' },
        { CHILD: '2', DECOM: '01/06/2025', DEC: '01/08/2025', REC: 'X1', LS: 'C2' },
        { CHILD: '2', DECOM: '01/08/2025', LS: 'C2' },
      ],
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '01/04/2025', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '01/06/2025', SW_REASON: 'MANAGE' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2024', LS: 'C2' },
        { CHILD: '2', DECOM: '01/06/2025', DEC: '01/08/2025', REC: 'X1', LS: 'C2' },
        { CHILD: '2', DECOM: '01/08/2025', LS: 'C2' },
      ],
      SWEpisodes: [
        { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '02/04/2025', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '02/06/2025', SW_REASON: 'MANAGE' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
