// SSDA903 2025-26 rule 218: an episode open during the year in an Ofsted-registered kind of placement (not
// P1, P3, R1, R2, R5, T0–T4, Z11–Z14) in England has the provider's Ofsted URN. Placements outside England
// are known only from the council's postcode lookup, when given.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { authorityOfPostcode } from '../../ruleSupport.ts';

const notRegistered = new Set(['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

export const rule218 = defineRule903({
  code: '218',
  message: 'Ofsted Unique reference number (URN) is required.',
  tables: ['Episodes'],
  check: (context) =>
    rowsWhere(context, 'Episodes', (episode) => {
      if (episode.URN !== '' || notRegistered.has(episode.PLACE)) return false;
      const ceased = context.day(episode.DEC);
      if (ceased !== null && ceased < context.year.start) return false;
      const authority = episode.PL_POST === '' ? null : authorityOfPostcode(context, episode.PL_POST);
      return authority === null || authority.startsWith('E');
    }),
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: 'SC123456', DEC: '' },
        { CHILD: '2', PLACE: 'K2', URN: '', DEC: '31/03/2025' },
        { CHILD: '3', PLACE: 'K2', URN: '', PL_POST: 'LL11 1AA' },
        { CHILD: '4', PLACE: 'R1', URN: '' },
      ],
      lookups: { postcodeAuthorities: new Map([['LL11', 'W06000006']]) },
    },
    failing: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', URN: '', DEC: '' },
        { CHILD: '2', PLACE: 'K2', URN: '', DEC: '01/04/2025' },
        { CHILD: '3', PLACE: 'K2', URN: '', PL_POST: 'LL11 1AA' },
        { CHILD: '4', PLACE: 'R1', URN: '' },
      ],
      lookups: { postcodeAuthorities: new Map([['LL11', 'W06000006']]) },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
