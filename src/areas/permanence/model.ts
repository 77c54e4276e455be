// Pure rules for the adoption route.

export interface AdoptionRoute {
  shouldBePlacedDate: string;
  placementOrderDate: string | null;
  matchedDate: string | null;
  placedDate: string | null;
  adoptionOrderDate: string | null;
  fosteringForAdoptionDate: string | null;
  endedDate: string | null;
}

export type AdoptionStage =
  'should-be-placed' | 'placement-order' | 'matched' | 'placed' | 'adopted' | 'left-adoption-route';

/** Where the child is on the adoption route. */
export function adoptionStage(route: AdoptionRoute): AdoptionStage {
  if (route.endedDate) return 'left-adoption-route';
  if (route.adoptionOrderDate) return 'adopted';
  if (route.placedDate) return 'placed';
  if (route.matchedDate) return 'matched';
  if (route.placementOrderDate) return 'placement-order';
  return 'should-be-placed';
}

/**
 * The day the child moved in with the family who adopt them (DfE adoption scorecard A1): under
 * fostering for adoption, the day they moved in as foster carers, if earlier than the placement.
 */
export function movedInWithAdoptersDate(route: AdoptionRoute): string | null {
  const dates = [route.placedDate, route.fosteringForAdoptionDate].filter((date): date is string => date !== null);
  return dates.sort()[0] ?? null;
}
