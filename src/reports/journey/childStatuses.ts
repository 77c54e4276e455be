import type { ChildStatuses } from '../../platform/records/childStatuses.ts';
import { loadJourneyParts } from './loadJourney.ts';
import { childStatusNamesOn, statusParts } from './status.ts';

/** The children's statuses by name, from the parts of their journeys a status reads, read together. */
export const childStatusesByName: ChildStatuses = {
  async statusesOf(db, childIds, on) {
    const journeys = await loadJourneyParts(db, childIds, statusParts);
    return new Map([...journeys].map(([childId, journey]) => [childId, childStatusNamesOn(journey, on)]));
  },
};
