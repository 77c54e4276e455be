// SSDA903 2025-26 rule 442: a child with any episode other than short breaks (V3, V4) has a UPN (or a UN code) recorded.
import { defineRule903, rowsWhere } from '../../rule.ts';

export const rule442 = defineRule903({
  code: '442',
  message: 'Unique Pupil Number (UPN) field is not completed.',
  tables: ['Episodes', 'Header'],
  check: (context) => {
    const episodes = context.byChild('Episodes');
    return rowsWhere(
      context,
      'Header',
      (child) =>
        child.UPN === '' &&
        (episodes.get(child.CHILD) ?? []).some((episode) => episode.LS !== 'V3' && episode.LS !== 'V4'),
    );
  },
  examples: {
    year: '2025-26',
    passing: {
      Header: [
        { CHILD: '1', UPN: 'UN2' },
        { CHILD: '2', UPN: '' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'V3' },
      ],
    },
    failing: {
      Header: [
        { CHILD: '1', UPN: '' },
        { CHILD: '2', UPN: '' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', LS: 'C2' },
        { CHILD: '2', DECOM: '01/04/2025', LS: 'V3' },
      ],
    },
    flags: [['Header', 1]],
  },
});
