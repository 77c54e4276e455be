// SSDA903 2025-26 rule 227: the Ofsted URN was still registered when the episode began (DECOM before the registration ended).
import { dayFromParts } from '../../../returnDates.ts';
import { defineRule903, rowsWhere } from '../../rule.ts';

const closedOn = dayFromParts(2025, 6, 30) as number;
const providers = new Map([
  ['SC111111', { urn: 'SC111111', placementCodes: ['K2'], providerCodes: ['PR4'], closed: closedOn }],
]);

export const rule227 = defineRule903({
  code: '227',
  message: 'Ofsted Unique reference number (URN) is not valid for the episode start date.',
  tables: ['Episodes'],
  needs: ['ofstedProviders'],
  check: (context) => {
    const registered = context.lookups.ofstedProviders;
    return rowsWhere(context, 'Episodes', (episode) => {
      const closed = registered?.get(episode.URN)?.closed;
      const start = context.day(episode.DECOM);
      return closed !== undefined && start !== null && start >= closed;
    });
  },
  examples: {
    passing: {
      Episodes: [{ CHILD: '1', DECOM: '29/06/2025', URN: 'SC111111' }],
      lookups: { ofstedProviders: providers },
    },
    failing: {
      Episodes: [{ CHILD: '1', DECOM: '30/06/2025', URN: 'SC111111' }],
      lookups: { ofstedProviders: providers },
    },
    flags: [['Episodes', 1]],
  },
});
