// SSDA903 2025-26 rule 1015: a placement the council provides itself (PR1) is in its own area (the
// placement LA the DfE derives from the placement postcode), unless it is with foster carers or adopters
// (A3–A6, U1–U6) or a short break (LS V3, V4), which may lie across the border.
import { defineRule903, rowsWhere } from '../../rule.ts';
import { placementLocation } from '../../ruleSupport.ts';
import { fosterPlacementCodes, placedForAdoptionCodes, shortBreakLegalStatusCodes } from '../../validCodes.ts';

const postcodeAuthorities = new Map([
  ['TF1', 'E06000020'],
  ['SY1', 'E06000051'],
]);

export const rule1015 = defineRule903({
  code: '1015',
  message: 'Placement provider is own provision but child not placed in own LA.',
  tables: ['Episodes'],
  needs: ['postcodeAuthorities', 'localAuthority'],
  check: (context) =>
    rowsWhere(
      context,
      'Episodes',
      (episode) =>
        episode.PLACE_PROVIDER === 'PR1' &&
        episode.PLACE !== '' &&
        episode.LS !== '' &&
        !placedForAdoptionCodes.has(episode.PLACE) &&
        !fosterPlacementCodes.has(episode.PLACE) &&
        !shortBreakLegalStatusCodes.has(episode.LS) &&
        placementLocation(context, episode.PL_POST) === 'OUT',
    ),
  examples: {
    passing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR1', PL_POST: 'TF1 1AA' },
        { CHILD: '2', LS: 'C2', PLACE: 'U1', PLACE_PROVIDER: 'PR1', PL_POST: 'SY1 1AA' },
        { CHILD: '3', LS: 'V3', PLACE: 'K2', PLACE_PROVIDER: 'PR1', PL_POST: 'SY1 1AA' },
      ],
      lookups: { postcodeAuthorities, localAuthority: 'E06000020' },
    },
    failing: {
      Episodes: [
        { CHILD: '1', LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR1', PL_POST: 'SY1 1AA' },
        { CHILD: '2', LS: 'C2', PLACE: 'U1', PLACE_PROVIDER: 'PR1', PL_POST: 'SY1 1AA' },
        { CHILD: '3', LS: 'V3', PLACE: 'K2', PLACE_PROVIDER: 'PR1', PL_POST: 'SY1 1AA' },
      ],
      lookups: { postcodeAuthorities, localAuthority: 'E06000020' },
    },
    flags: [['Episodes', 1]],
  },
});
