// SSDA903 2025-26 rule 222: placements Ofsted does not register (P1, P3, R1, R2, R5, T0–T4, Z11–Z14) record no URN (XXXXXXX allowed).
import { defineRule903, rowsWhere } from '../../rule.ts';

const notRegistered = new Set(['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

export const rule222 = defineRule903({
  code: '222',
  message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) => notRegistered.has(episode.PLACE) && episode.URN !== '' && episode.URN !== 'XXXXXXX',
    ),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'R1', URN: 'XXXXXXX' },
        { CHILD: '2', PLACE: 'Z11', URN: '' },
        { CHILD: '3', PLACE: 'K2', URN: '1234567' },
      ],
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'R1', URN: '1234567' },
        { CHILD: '2', PLACE: 'Z11', URN: '' },
        { CHILD: '3', PLACE: 'K2', URN: '1234567' },
      ],
    },
    flags: [['Episodes', 1]],
  },
});
