// SSDA903 2025-26 rule 399: a child looked after only under short breaks (V3, V4) has no motherhood, review or participation details.
import type { Flag903 } from '../../rule.ts';
import { defineRule903 } from '../../rule.ts';

export const rule399 = defineRule903({
  code: '399',
  message:
    'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.',
  tables: ['Header', 'Episodes', 'Reviews'],
  check: (context) => {
    const flags: Flag903[] = [];
    const reviews = context.byChild('Reviews');
    const headers = context.byChild('Header');
    for (const [child, episodes] of context.byChild('Episodes')) {
      if (!episodes.every((episode) => episode.LS === 'V3' || episode.LS === 'V4')) continue;
      const given: Flag903[] = [];
      for (const header of headers.get(child) ?? [])
        if (header.MOTHER !== '') given.push({ table: 'Header', row: header });
      for (const review of reviews.get(child) ?? [])
        if (review.REVIEW !== '' || review.REVIEW_CODE !== '') given.push({ table: 'Reviews', row: review });
      if (!given.length) continue;
      for (const episode of episodes) flags.push({ table: 'Episodes', row: episode });
      flags.push(...given);
    }
    return flags;
  },
  examples: {
    passing: {
      Header: [
        { CHILD: '1', MOTHER: '' },
        { CHILD: '2', MOTHER: '0' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '2', LS: 'V3' },
        { CHILD: '2', LS: 'C2' },
      ],
      Reviews: [{ CHILD: '2', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' }],
    },
    failing: {
      Header: [
        { CHILD: '1', MOTHER: '0' },
        { CHILD: '2', MOTHER: '0' },
      ],
      Episodes: [
        { CHILD: '1', LS: 'V3' },
        { CHILD: '2', LS: 'V3' },
        { CHILD: '2', LS: 'C2' },
      ],
      Reviews: [
        { CHILD: '1', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' },
        { CHILD: '2', REVIEW: '01/06/2025', REVIEW_CODE: 'PN1' },
      ],
    },
    flags: [
      ['Episodes', 1],
      ['Header', 1],
      ['Reviews', 1],
    ],
  },
});
