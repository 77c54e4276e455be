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
import { endOfCareProblems, episodeChangeProblems, type EpisodeFacts, type Problem } from './model.ts';
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
  long_term: details.longTerm ?? false,
  arrangement: details.arrangement ?? 'other',
});

function refuse(problems: Problem[]): void {
  const [first] = problems;
  if (first) throw new RecordIntegrityError(first.field, first.message, undefined);
}

async function openEpisode(trx: Kysely<Database>, childId: number): Promise<CareEpisode> {
  const episode = await trx
    .selectFrom('care_episodes')
    .selectAll()
    .where('child_id', '=', childId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  if (!episode)
    throw new RecordIntegrityError('childId', 'The child is not looked after: start a period of care first', undefined);
  return episode;
}

/** The child starts to be looked after: a period of care and its first episode (RNE S). */
export function startPeriodOfCare(
  db: Kysely<Database>,
  actor: Actor,
  start: EpisodeDetails & { childId: number; startDate: string; carePlanDate?: string | null },
) {
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

/** A change of legal status and/or placement: the open episode ends (REC X1) and the next begins the same day. */
export function changeEpisode(db: Kysely<Database>, actor: Actor, change: EpisodeChange) {
  return writeChildRecord(db, actor, async (trx) => {
    const previous = await openEpisode(trx, change.childId);
    const details: EpisodeDetails = {
      legalStatus: (change.legalStatus ?? previous.legal_status) as LegalStatus,
      categoryOfNeed: (change.categoryOfNeed ?? previous.category_of_need) as CategoryOfNeed,
      placementType: (change.placementType ?? previous.placement_type) as PlacementType,
      placementProvider: (change.placementProvider === undefined
        ? previous.placement_provider
        : change.placementProvider) as PlacementProvider | null,
      placementPostcode:
        change.placementPostcode === undefined ? previous.placement_postcode : change.placementPostcode,
      homePostcode: change.homePostcode === undefined ? previous.home_postcode : change.homePostcode,
      urn: change.urn === undefined ? previous.urn : change.urn,
      longTerm: change.longTerm ?? previous.long_term,
      arrangement: (change.arrangement ?? previous.arrangement) as PlacementArrangement,
    };
    const reasonPlaceChange = change.reasonPlaceChange ?? null;
    refuse(
      episodeChangeProblems(episodeFacts(previous), {
        reasonNewEpisode: change.reasonNewEpisode,
        reasonPlaceChange,
        legalStatus: details.legalStatus,
        placementType: details.placementType,
        placementProvider: details.placementProvider ?? null,
        placementPostcode: details.placementPostcode ?? null,
        urn: details.urn ?? null,
        longTerm: details.longTerm ?? false,
        arrangement: details.arrangement ?? 'other',
      }),
    );
    await recordProgress(trx, actor, {
      table: 'care_episodes',
      id: previous.id,
      version: previous.version,
      values: { end_date: change.date, reason_ceased: episodeContinues, reason_place_change: reasonPlaceChange },
    });
    const episode = await trx
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
    return { record: episode, recordType: 'care_episodes', recordId: episode.id, childIds: [change.childId] };
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
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    refuse(endOfCareProblems(end.reasonCeased));
    const episode = await openEpisode(trx, end.childId);
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

/** The child's periods of care and episodes, earliest first; audits the view. */
export async function viewCareEpisodes(db: Kysely<Database>, actor: Actor, childId: number) {
  const periods = await db
    .selectFrom('periods_of_care')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('start_date')
    .execute();
  const episodes = await db
    .selectFrom('care_episodes')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('start_date')
    .orderBy('id')
    .execute();
  await childRecordViewed(db, actor, String(childId), 'periods_of_care');
  return periods.map((period) => ({
    ...period,
    episodes: episodes.filter((episode) => episode.period_of_care_id === period.id),
  }));
}
