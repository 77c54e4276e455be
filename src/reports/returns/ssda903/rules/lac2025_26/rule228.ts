// SSDA903 2025-26 rule 228: the Ofsted URN was still registered when the episode ended (or at the year's end if it is open).
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

const closedOn = dayFromParts(2025, 6, 30) as number;

export const rule228 = defineRule903({
  code: '228',
  message:
    'Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give false positives on open episodes at providers who close during the year]',
  tables: ['Episodes'],
  needs: ['ofstedProviders'],
  check: (context) => {
    const providers = context.lookups.ofstedProviders;
    return rowsWhere(context, 'Episodes', (episode) => {
      const closed = providers?.get(episode.URN)?.closed;
      if (closed === undefined) return false;
      return (context.day(episode.DEC) ?? context.year.end) > closed;
    });
  },
  examples: {
    year: '2025-26',
    passing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '30/06/2025', URN: 'SC111111' },
        { CHILD: '2', DECOM: '01/04/2025', URN: 'SC222222' },
      ],
      lookups: {
        ofstedProviders: new Map([
          ['SC111111', { urn: 'SC111111', placementCodes: ['K2'], providerCodes: ['PR4'], closed: closedOn }],
          ['SC222222', { urn: 'SC222222', placementCodes: ['K2'], providerCodes: ['PR4'] }],
        ]),
      },
    },
    failing: {
      Episodes: [
        { CHILD: '1', DECOM: '01/04/2025', DEC: '01/07/2025', URN: 'SC111111' },
        { CHILD: '2', DECOM: '01/04/2025', URN: 'SC111111' },
      ],
      lookups: {
        ofstedProviders: new Map([
          ['SC111111', { urn: 'SC111111', placementCodes: ['K2'], providerCodes: ['PR4'], closed: closedOn }],
          ['SC222222', { urn: 'SC222222', placementCodes: ['K2'], providerCodes: ['PR4'] }],
        ]),
      },
    },
    flags: [
      ['Episodes', 1],
      ['Episodes', 2],
    ],
  },
});
