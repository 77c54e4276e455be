// The care area's public face: what the rest of Harbour reads of children looked after.
export { childrenReviewedBy } from './workingWith.ts';
export { careJourney } from './journey.ts';
export { centroidsOf } from './postcodeLookup.ts';
export { outOfArea } from './placementLocation.ts';
export { familySettingGroups, placementGroups, type PlacementGroup } from './placementGroups.ts';
export { importEpisodes, importReviews, type ImportedEpisode, type ImportedReview } from './imported.ts';
export { importHealthOutcomes, type ImportedHealthOutcomes } from './importedHealth.ts';
export { importPreviousPermanence, type PreviousPermanence } from './previousPermanence.ts';
