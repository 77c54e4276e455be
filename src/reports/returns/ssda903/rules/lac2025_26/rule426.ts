// SSDA903 2025-26 rule 426: a child's short breaks are under one legal status in the year, V3 or V4, not both.
import { defineRule903, type Flag903 } from '../../rule.ts';

export const rule426 = defineRule903({
  code: '426',
  message: 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
  tables: ['Episodes'],
  check: (context) => {
    const flags: Flag903[] = [];
    for (const episodes of context.byChild('Episodes').values()) {
      const breaks = episodes.filter((episode) => episode.LS === 'V3' || episode.LS === 'V4');
      if (breaks.some((episode) => episode.LS === 'V3') && breaks.some((episode) => episode.LS === 'V4'))
        for (const episode of breaks) flags.push({ table: 'Episodes', row: episode });
    }
    return flags;
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/06/2025', LS: 'V3' },
        { CHILD: '2', DECOM: '01/06/2025', LS: 'V4' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'V3' },
        { CHILD: '1', DECOM: '01/05/2025', LS: 'C2' },
        { CHILD: '1', DECOM: '01/06/2025', LS: 'V4' },
        { CHILD: '2', DECOM: '01/06/2025', LS: 'V4' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 3],
    ],
  },
});
