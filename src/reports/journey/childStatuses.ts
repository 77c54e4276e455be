import type { ChildStatuses } from '../../platform/records/childStatuses.ts';
import { loadChildJourneys } from './loadJourney.ts';
import { childStatusNamesOn } from './status.ts';

/** The children's statuses by name, from their journeys read together. */
export const childStatusesByName: ChildStatuses = {
  async statusesOf(db, childIds, on) {
    const journeys = await loadChildJourneys(db, childIds);
    return new Map([...journeys].map(([childId, journey]) => [childId, childStatusNamesOn(journey, on)]));
  },
};
