// Pure rules for periods of care and their SSDA903 episodes.
import {
  episodeContinues,
  temporaryPlacementTypes,
  type PlacementArrangement,
  type ReasonForNewEpisode,
} from './codes.ts';

/** The fields of an episode the rules compare. */
export interface EpisodeFacts {
  id: number;
  startDate: string;
  endDate: string | null;
  reasonNewEpisode: string;
  legalStatus: string;
  placementType: string;
  placementProvider: string | null;
  placementPostcode: string | null;
  urn: string | null;
  longTerm: boolean;
  arrangement: string;
}

export interface Problem {
  field: string;
  message: string;
}

/** RNE codes that start a new placement: new carers (P, T) or a new period of care (S). B and U keep the same carers. */
const newPlacementReasons: readonly string[] = ['S', 'P', 'T'];
/** RNE codes under which the legal status changes. */
const legalStatusChangeReasons: readonly string[] = ['L', 'T', 'U'];
/** RNE codes under which the placement changes. */
const placementChangeReasons: readonly string[] = ['P', 'T', 'B', 'U'];

const samePlacement = (a: EpisodeFacts, b: Omit<EpisodeFacts, 'id' | 'startDate' | 'endDate' | 'reasonNewEpisode'>) =>
  a.placementType === b.placementType &&
  a.placementProvider === b.placementProvider &&
  a.placementPostcode === b.placementPostcode &&
  a.urn === b.urn;

const isTemporary = (placementType: string) => (temporaryPlacementTypes as readonly string[]).includes(placementType);

/**
 * What is wrong with a new episode following `previous` in the same period of care, by the
 * SSDA903 rules on reasons for new episode (rules 434–436) and reasons for placement change
 * (rules 225–226). Empty when it is consistent.
 */
export function episodeChangeProblems(
  previous: EpisodeFacts,
  next: { reasonNewEpisode: ReasonForNewEpisode; reasonPlaceChange: string | null } & Omit<
    EpisodeFacts,
    'id' | 'startDate' | 'endDate' | 'reasonNewEpisode'
  >,
): Problem[] {
  const problems: Problem[] = [];
  const reason = next.reasonNewEpisode;
  if (reason === 'S')
    problems.push({
      field: 'reasonNewEpisode',
      message: 'A child who is already looked after cannot start to be looked after: choose the change that happened',
    });
  const legalStatusChanged = previous.legalStatus !== next.legalStatus;
  if (legalStatusChangeReasons.includes(reason) && !legalStatusChanged)
    problems.push({ field: 'legalStatus', message: 'Select the new legal status' });
  if (['P', 'B'].includes(reason) && legalStatusChanged)
    problems.push({ field: 'legalStatus', message: 'The legal status cannot change with a change of placement only' });
  if (reason === 'L' && !samePlacement(previous, next))
    problems.push({
      field: 'placementType',
      message: 'The placement cannot change with a change of legal status only',
    });
  const placementChanged = placementChangeReasons.includes(reason);
  const temporary = isTemporary(previous.placementType) || isTemporary(next.placementType);
  if (placementChanged && !temporary && next.reasonPlaceChange === null)
    problems.push({ field: 'reasonPlaceChange', message: 'Select the reason the placement changed' });
  if (!placementChanged && next.reasonPlaceChange !== null)
    problems.push({
      field: 'reasonPlaceChange',
      message: 'Only give a reason for placement change when the placement changed',
    });
  return problems;
}

/** REC X1 ends an episode but the child stays looked after, so it cannot end a period of care. */
export function endOfCareProblems(reasonCeased: string): Problem[] {
  return reasonCeased === episodeContinues
    ? [{ field: 'reasonCeased', message: 'Select why the child stopped being looked after' }]
    : [];
}

export interface DerivedPlacement {
  /** The first episode of the placement. */
  id: number;
  startDate: string;
  endDate: string | null;
  /** The latest episode's agreement: a placement becomes long-term, or a carer fully approved, during it. */
  arrangement: PlacementArrangement;
  longTerm: boolean;
  placementType: string;
  episodes: EpisodeFacts[];
}

/**
 * A placement is a run of one child's episodes with the same carers: it starts at an episode
 * whose RNE is S, P or T and continues through episodes starting L, B or U.
 */
export function placementsOf(episodes: readonly EpisodeFacts[]): DerivedPlacement[] {
  const placements: DerivedPlacement[] = [];
  for (const episode of [...episodes].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
    const current = placements.at(-1);
    if (!current || newPlacementReasons.includes(episode.reasonNewEpisode)) {
      placements.push({
        id: episode.id,
        startDate: episode.startDate,
        endDate: episode.endDate,
        arrangement: episode.arrangement as PlacementArrangement,
        longTerm: episode.longTerm,
        placementType: episode.placementType,
        episodes: [episode],
      });
      continue;
    }
    current.episodes.push(episode);
    current.endDate = episode.endDate;
    current.arrangement = episode.arrangement as PlacementArrangement;
    current.longTerm = episode.longTerm;
    current.placementType = episode.placementType;
  }
  return placements;
}

/** What changed on a day, as the person recording it says it. */
export interface CareChange {
  legalStatusChanged: boolean;
  placementChanged: boolean;
  /** The child stays with the same carer(s) though the placement changes (a carer's new approval, a move with them). */
  sameCarers: boolean;
}

/**
 * The SSDA903 reason for new episode (RNE) a change makes: L legal status only, P placement and
 * carers, B placement with the same carers, T and U each of those with a legal status change on
 * the same day. Undefined when nothing the 903 records changed.
 */
export function reasonForNewEpisode(change: CareChange): Exclude<ReasonForNewEpisode, 'S'> | undefined {
  if (!change.placementChanged) return change.legalStatusChanged ? 'L' : undefined;
  if (change.legalStatusChanged) return change.sameCarers ? 'U' : 'T';
  return change.sameCarers ? 'B' : 'P';
}

const changesOf = (reason: string): CareChange => ({
  legalStatusChanged: legalStatusChangeReasons.includes(reason),
  placementChanged: placementChangeReasons.includes(reason),
  sameCarers: reason === 'B' || reason === 'U',
});

/**
 * A second change on the day an episode began amends that episode rather than adding one a day
 * long: its RNE then says both changes (a legal status change and a move the same day is T). A
 * period's first episode stays S. New carers in either change make the carers new.
 */
export function reasonAfterSameDayChange(episodeReason: string, change: CareChange): ReasonForNewEpisode | undefined {
  if (episodeReason === 'S') return 'S';
  const before = changesOf(episodeReason);
  return reasonForNewEpisode({
    legalStatusChanged: before.legalStatusChanged || change.legalStatusChanged,
    placementChanged: before.placementChanged || change.placementChanged,
    sameCarers: (!before.placementChanged || before.sameCarers) && (!change.placementChanged || change.sameCarers),
  });
}
