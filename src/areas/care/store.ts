import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordViewed, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import type {
  CategoryOfNeed,
  LegalStatus,
  PlacementArrangement,
  PlacementProvider,
  PlacementType,
  ReasonEpisodeCeased,
  ReasonForNewEpisode,
  ReasonForPlacementChange,
} from './codes.ts';
import {
  endOfCareProblems,
  episodeChangeProblems,
  reasonAfterSameDayChange,
  reasonForNewEpisode,
  type CareChange,
  type EpisodeFacts,
  type Problem,
} from './model.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { VersionConflictError } from '../../core/errors.ts';
import type { CareEpisode } from './schema.ts';
import { episodeContinues } from './codes.ts';

explainConstraints({
  periods_of_care_end_after_start: {
    field: 'endDate',
    message: 'The date the child stopped being looked after must be on or after the date they started',
  },
  periods_of_care_no_overlap: { field: 'startDate', message: 'This overlaps another period of care for the child' },
  periods_of_care_one_open: {
    field: 'startDate',
    message: 'The child is already looked after: end the current period of care first',
  },
  care_episodes_end_after_start: {
    field: 'endDate',
    message: 'The episode end date must be on or after its start date',
  },
  care_episodes_no_overlap: { field: 'startDate', message: 'This overlaps another episode of care for the child' },
  care_episodes_one_open: { field: 'startDate', message: 'The child already has an open episode of care' },
  care_episodes_ceased_with_reason: { field: 'reasonCeased', message: 'Select the reason the episode ceased' },
  care_episodes_place_change_when_ceased: {
    field: 'reasonPlaceChange',
    message: 'Only give a reason for placement change when the episode has ended',
  },
  care_episodes_parent_provider: {
    field: 'placementProvider',
    message: 'Select provider PR0 for a placement with parents (P1), and only for that placement',
  },
  care_episodes_placed_with_parent: {
    field: 'placementType',
    message: 'A placement with a parent under regulation 19 must be placement type P1',
  },
  care_episodes_reason_new_episode_check: {
    field: 'reasonNewEpisode',
    message: 'Select the reason for the new episode from the list',
  },
  care_episodes_legal_status_check: { field: 'legalStatus', message: 'Select the legal status from the list' },
  care_episodes_category_of_need_check: {
    field: 'categoryOfNeed',
    message: 'Select the category of need from the list',
  },
  care_episodes_placement_type_check: { field: 'placementType', message: 'Select the placement type from the list' },
  care_episodes_placement_provider_check: {
    field: 'placementProvider',
    message: 'Select the placement provider from the list',
  },
  care_episodes_placement_postcode_check: {
    field: 'placementPostcode',
    message: 'Enter the placement postcode, like SY1 1AA',
  },
  care_episodes_home_postcode_check: {
    field: 'homePostcode',
    message: "Enter the postcode of the child's home, like SY1 1AA",
  },
  care_episodes_urn_check: {
    field: 'urn',
    message: 'Enter the Ofsted unique reference number of 6 to 8 letters and digits',
  },
  care_episodes_arrangement_check: { field: 'arrangement', message: 'Select the placement arrangement from the list' },
  care_episodes_reason_ceased_check: {
    field: 'reasonCeased',
    message: 'Select the reason the episode ceased from the list',
  },
  care_episodes_reason_place_change_check: {
    field: 'reasonPlaceChange',
    message: 'Select the reason for placement change from the list',
  },
});

/** The placement and legal facts of an episode, as a form gives them. */
export interface EpisodeDetails {
  legalStatus: LegalStatus;
  categoryOfNeed: CategoryOfNeed;
  placementType: PlacementType;
  placementProvider?: PlacementProvider | null;
  placementPostcode?: string | null;
  homePostcode?: string | null;
  urn?: string | null;
  placementAddress?: string | null;
  placementLocalAuthority?: string | null;
  longTerm?: boolean;
  arrangement?: PlacementArrangement;
}

export const episodeFacts = (row: CareEpisode): EpisodeFacts => ({
  id: row.id,
  startDate: row.start_date,
  endDate: row.end_date,
  reasonNewEpisode: row.reason_new_episode,
  legalStatus: row.legal_status,
  placementType: row.placement_type,
  placementProvider: row.placement_provider,
  placementPostcode: row.placement_postcode,
  urn: row.urn,
  longTerm: row.long_term,
  arrangement: row.arrangement,
});

const episodeColumns = (details: EpisodeDetails) => ({
  legal_status: details.legalStatus,
  category_of_need: details.categoryOfNeed,
  placement_type: details.placementType,
  placement_provider: details.placementProvider ?? null,
  placement_postcode: details.placementPostcode ?? null,
  home_postcode: details.homePostcode ?? null,
  urn: details.urn ?? null,
  placement_address: details.placementAddress ?? null,
  placement_local_authority: details.placementLocalAuthority ?? null,
  long_term: details.longTerm ?? false,
  arrangement: details.arrangement ?? 'other',
});

function refuse(problems: Problem[]): void {
  const [first] = problems;
  if (first) throw new RecordIntegrityError(first.field, first.message, undefined);
}

async function openEpisode(trx: Kysely<Database>, childId: number): Promise<CareEpisode> {
  const episode = await openEpisodeOf(trx, childId);
  if (!episode)
    throw new RecordIntegrityError('childId', 'The child is not looked after: start a period of care first', undefined);
  return episode;
}

type PeriodStart = EpisodeDetails & { childId: number; startDate: string; carePlanDate?: string | null };

/** Brothers and sisters who become looked after together: each child's own period of care, all or none. */
export function startPeriodsOfCare(db: Kysely<Database>, actor: Actor, starts: readonly PeriodStart[]) {
  return inTransaction(db, async (trx) => {
    for (const start of starts) await startPeriodOfCare(trx, actor, start);
  });
}

/** The child starts to be looked after: a period of care and its first episode (RNE S). */
export function startPeriodOfCare(db: Kysely<Database>, actor: Actor, start: PeriodStart) {
  return writeChildRecord(db, actor, async (trx) => {
    const period = await trx
      .insertInto('periods_of_care')
      .values({
        child_id: start.childId,
        start_date: start.startDate,
        care_plan_date: start.carePlanDate ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const episode = await trx
      .insertInto('care_episodes')
      .values({
        child_id: start.childId,
        period_of_care_id: period.id,
        start_date: start.startDate,
        reason_new_episode: 'S',
        ...episodeColumns(start),
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record: { period, episode },
      recordType: 'periods_of_care',
      recordId: period.id,
      childIds: [start.childId],
    };
  });
}

export interface EpisodeChange extends Partial<EpisodeDetails> {
  childId: number;
  /** The day the change happened: DEC of the episode ending and DECOM of the new one. */
  date: string;
  reasonNewEpisode: Exclude<ReasonForNewEpisode, 'S'>;
  reasonPlaceChange?: ReasonForPlacementChange | null;
}

/** The open episode's details with the change laid over them: what is not given stays as it was. */
function detailsAfter(previous: CareEpisode, change: Partial<EpisodeDetails>): EpisodeDetails {
  const kept = <T>(given: T | undefined, stored: T) => (given === undefined ? stored : given);
  return {
    legalStatus: (change.legalStatus ?? previous.legal_status) as LegalStatus,
    categoryOfNeed: (change.categoryOfNeed ?? previous.category_of_need) as CategoryOfNeed,
    placementType: (change.placementType ?? previous.placement_type) as PlacementType,
    placementProvider: kept(change.placementProvider, previous.placement_provider as PlacementProvider | null),
    placementPostcode: kept(change.placementPostcode, previous.placement_postcode),
    homePostcode: kept(change.homePostcode, previous.home_postcode),
    urn: kept(change.urn, previous.urn),
    placementAddress: kept(change.placementAddress, previous.placement_address),
    placementLocalAuthority: kept(change.placementLocalAuthority, previous.placement_local_authority),
    longTerm: change.longTerm ?? previous.long_term,
    arrangement: (change.arrangement ?? previous.arrangement) as PlacementArrangement,
  };
}

const problemsOfChange = (
  previous: CareEpisode,
  reasonNewEpisode: ReasonForNewEpisode,
  reasonPlaceChange: string | null,
  details: EpisodeDetails,
) =>
  episodeChangeProblems(episodeFacts(previous), {
    reasonNewEpisode,
    reasonPlaceChange,
    legalStatus: details.legalStatus,
    placementType: details.placementType,
    placementProvider: details.placementProvider ?? null,
    placementPostcode: details.placementPostcode ?? null,
    urn: details.urn ?? null,
    longTerm: details.longTerm ?? false,
    arrangement: details.arrangement ?? 'other',
  });

/** Ends the open episode (REC X1) and begins the next the same day. */
async function nextEpisode(
  trx: Kysely<Database>,
  actor: Actor,
  previous: CareEpisode,
  change: EpisodeChange,
): Promise<CareEpisode> {
  const details = detailsAfter(previous, change);
  const reasonPlaceChange = change.reasonPlaceChange ?? null;
  refuse(problemsOfChange(previous, change.reasonNewEpisode, reasonPlaceChange, details));
  await recordProgress(trx, actor, {
    table: 'care_episodes',
    id: previous.id,
    version: previous.version,
    values: { end_date: change.date, reason_ceased: episodeContinues, reason_place_change: reasonPlaceChange },
  });
  return trx
    .insertInto('care_episodes')
    .values({
      child_id: change.childId,
      period_of_care_id: previous.period_of_care_id,
      start_date: change.date,
      reason_new_episode: change.reasonNewEpisode,
      ...episodeColumns(details),
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A change of legal status and/or placement: the open episode ends (REC X1) and the next begins the same day. */
export function changeEpisode(db: Kysely<Database>, actor: Actor, change: EpisodeChange) {
  return writeChildRecord(db, actor, async (trx) => {
    const episode = await nextEpisode(trx, actor, await openEpisode(trx, change.childId), change);
    return { record: episode, recordType: 'care_episodes', recordId: episode.id, childIds: [change.childId] };
  });
}

/** A change as the pages record it: what changed, never the episode codes, which follow from it. */
export interface CareChangeRecorded extends Partial<EpisodeDetails> {
  childId: number;
  date: string;
  /** The open episode the person was looking at, and its version. */
  episodeId: number;
  version: number;
  sameCarers: boolean;
  reasonPlaceChange?: ReasonForPlacementChange | null;
}

/**
 * Records a change of placement and/or legal status as the 903 will see it: a new episode with the
 * RNE the change makes, or, on the day the open episode began, a correction of that episode (its RNE
 * then says both changes; the reason for the move goes on the episode that ended that day).
 */
export function recordCareChange(db: Kysely<Database>, actor: Actor, change: CareChangeRecorded) {
  return writeChildRecord(db, actor, async (trx) => {
    const open = await openEpisode(trx, change.childId);
    if (open.id !== change.episodeId || open.version !== change.version) throw new VersionConflictError('care episode');
    if (change.date < open.start_date)
      throw new RecordIntegrityError(
        'date',
        'The date of the change must be on or after the start of the current placement and legal status',
        undefined,
      );
    const details = detailsAfter(open, change);
    const what: CareChange = {
      legalStatusChanged: details.legalStatus !== open.legal_status,
      placementChanged: change.placementType !== undefined,
      sameCarers: change.sameCarers,
    };
    const reason = reasonForNewEpisode(what);
    if (!reason) throw new RecordIntegrityError('legalStatus', 'Select the new legal status', undefined);
    if (change.date > open.start_date) {
      const episode = await nextEpisode(trx, actor, open, { ...change, reasonNewEpisode: reason });
      return { record: episode, recordType: 'care_episodes', recordId: episode.id, childIds: [change.childId] };
    }
    const combined = reasonAfterSameDayChange(open.reason_new_episode, what)!;
    const before = await trx
      .selectFrom('care_episodes')
      .selectAll()
      .where('child_id', '=', change.childId)
      .where('period_of_care_id', '=', open.period_of_care_id)
      .where('end_date', '=', open.start_date)
      .executeTakeFirst();
    const correction = 'Changed again on the day the episode began';
    if (before && combined !== 'S') {
      refuse(problemsOfChange(before, combined, change.reasonPlaceChange ?? before.reason_place_change, details));
      if (change.reasonPlaceChange && change.reasonPlaceChange !== before.reason_place_change)
        await amendRecord(trx, actor, {
          table: 'care_episodes',
          recordId: before.id,
          childId: change.childId,
          version: before.version,
          changes: { reason_place_change: change.reasonPlaceChange },
          reason: correction,
        });
    }
    const record = await amendRecord(trx, actor, {
      table: 'care_episodes',
      recordId: open.id,
      childId: change.childId,
      version: open.version,
      changes: { ...episodeColumns(details), reason_new_episode: combined },
      reason: correction,
    });
    return { record, recordType: 'care_episodes', recordId: open.id, childIds: [change.childId] };
  });
}

/** The child stops being looked after: the open episode ends with its REC and so does the period of care. */
export function endPeriodOfCare(
  db: Kysely<Database>,
  actor: Actor,
  end: {
    childId: number;
    endDate: string;
    reasonCeased: ReasonEpisodeCeased;
    reasonPlaceChange?: ReasonForPlacementChange | null;
    /** The open episode the person was looking at and its version, when a page ends it. */
    seen?: { episodeId: number; version: number };
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    refuse(endOfCareProblems(end.reasonCeased));
    const episode = await openEpisode(trx, end.childId);
    if (end.seen && (episode.id !== end.seen.episodeId || episode.version !== end.seen.version))
      throw new VersionConflictError('care episode');
    await recordProgress(trx, actor, {
      table: 'care_episodes',
      id: episode.id,
      version: episode.version,
      values: {
        end_date: end.endDate,
        reason_ceased: end.reasonCeased,
        reason_place_change: end.reasonPlaceChange ?? undefined,
      },
    });
    const period = await trx
      .selectFrom('periods_of_care')
      .select(['id', 'version'])
      .where('id', '=', episode.period_of_care_id)
      .executeTakeFirstOrThrow();
    const record = await recordProgress(trx, actor, {
      table: 'periods_of_care',
      id: period.id,
      version: period.version,
      values: { end_date: end.endDate },
    });
    return { record, recordType: 'periods_of_care', recordId: period.id, childIds: [end.childId] };
  });
}

/** The date the care plan for the period was in place (CPPCR reg 4). */
export function recordCarePlan(
  db: Kysely<Database>,
  actor: Actor,
  plan: { periodOfCareId: number; version: number; carePlanDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'periods_of_care',
      id: plan.periodOfCareId,
      version: plan.version,
      values: { care_plan_date: plan.carePlanDate },
    });
    return { record, recordType: 'periods_of_care', recordId: record.id, childIds: [record.child_id] };
  });
}

/** The child's periods of care and episodes, earliest first. */
export async function careEpisodesOf(db: Kysely<Database>, childId: number) {
  const [periods, episodes] = await Promise.all([
    db.selectFrom('periods_of_care').selectAll().where('child_id', '=', childId).orderBy('start_date').execute(),
    db
      .selectFrom('care_episodes')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
  ]);
  return periods.map((period) => ({
    ...period,
    episodes: episodes.filter((episode) => episode.period_of_care_id === period.id),
  }));
}

/** The child's periods of care and episodes, earliest first; audits the view. */
export async function viewCareEpisodes(db: Kysely<Database>, actor: Actor, childId: number) {
  const periods = await careEpisodesOf(db, childId);
  await childRecordViewed(db, actor, String(childId), 'periods_of_care');
  return periods;
}

/** Of these children, those looked after now. */
export async function lookedAfterNow(db: Kysely<Database>, childIds: readonly number[]): Promise<number[]> {
  if (!childIds.length) return [];
  const rows = await db
    .selectFrom('periods_of_care')
    .select('child_id')
    .where('child_id', 'in', childIds)
    .where('end_date', 'is', null)
    .execute();
  return rows.map((row) => row.child_id);
}

/** The child's open episode, when they are looked after today. */
export const openEpisodeOf = (db: Kysely<Database>, childId: number) =>
  db
    .selectFrom('care_episodes')
    .selectAll()
    .where('child_id', '=', childId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
