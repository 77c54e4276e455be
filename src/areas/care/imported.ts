// A council's past SSDA903 episodes and reviews loaded into the care record, in the caller's
// transaction. Years arrive in any order and overlap (an episode open on 31 March is in both
// years' returns, ended only in the later), so an episode is known by the day it began: one Harbour
// holds is left alone when the return agrees, given its end when the return has one, and refuses
// the child when they differ. Periods of care follow from the chain of episodes (REC X1 continues it).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import { episodeContinues } from './codes.ts';
import type { CareEpisode, PeriodsOfCareTable } from './schema.ts';

/** One 903 Episodes row as Harbour's episode (codes already checked against the year's lists). */
export interface ImportedEpisode {
  startDate: string;
  reasonNewEpisode: string;
  legalStatus: string;
  categoryOfNeed: string;
  placementType: string;
  placementProvider: string | null;
  endDate: string | null;
  reasonCeased: string | null;
  reasonPlaceChange: string | null;
  homePostcode: string | null;
  placementPostcode: string | null;
  urn: string | null;
}

/** One 903 Reviews row. */
export interface ImportedReview {
  reviewDate: string;
  participation: string;
}

export type CareImported = {
  added: number;
  ended: number;
  unchanged: number;
};

const described = {
  reason_new_episode: 'RNE',
  legal_status: 'LS',
  category_of_need: 'CIN',
  placement_type: 'PLACE',
  placement_provider: 'PLACE_PROVIDER',
  home_postcode: 'HOME_POST',
  placement_postcode: 'PL_POST',
  urn: 'URN',
} as const;

const columnsOf = (episode: ImportedEpisode) => ({
  reason_new_episode: episode.reasonNewEpisode,
  legal_status: episode.legalStatus,
  category_of_need: episode.categoryOfNeed,
  placement_type: episode.placementType,
  placement_provider: episode.placementProvider,
  home_postcode: episode.homePostcode,
  placement_postcode: episode.placementPostcode,
  urn: episode.urn,
});

const refusal = (field: string, message: string) => new RecordIntegrityError(field, message, undefined);

type Period = Selectable<PeriodsOfCareTable>;

/**
 * Loads a child's episodes from a return: new ones inserted into the period their chain belongs to
 * (a period begun by the import when none holds them), ends recorded on episodes Harbour holds
 * open. Writes nothing, and audits nothing, when Harbour already holds every episode as given (or
 * ended since the return's year, when an earlier year is imported after a later one).
 */
export function importEpisodes(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  episodes: readonly ImportedEpisode[],
  origin: ImportedFrom,
  /** The last day the return speaks for (31 March of its year): an episode it gives as open may have ended since. */
  asAt: string | null,
): Promise<CareImported> {
  return importForChild(db, actor, { childId, recordType: 'care_episodes', origin }, async (trx) => {
    const stored: CareEpisode[] = await trx
      .selectFrom('care_episodes')
      .selectAll()
      .where('child_id', '=', childId)
      .orderBy('start_date')
      .execute();
    const periods = new Map<number, Period>(
      (await trx.selectFrom('periods_of_care').selectAll().where('child_id', '=', childId).execute()).map((period) => [
        period.id,
        period,
      ]),
    );
    const tally: CareImported = { added: 0, ended: 0, unchanged: 0 };
    const by = { updated_by: actor.userId, updated_at: new Date() };

    const endPeriod = async (periodId: number, endDate: string) => {
      const period = periods.get(periodId)!;
      if (period.end_date === endDate) return;
      if (period.end_date !== null)
        throw refusal('endDate', `Harbour holds this period of care as ended on ${period.end_date}, not ${endDate}`);
      const updated = await trx
        .updateTable('periods_of_care')
        .set({ end_date: endDate, version: period.version + 1, ...by })
        .where('id', '=', periodId)
        .returningAll()
        .executeTakeFirstOrThrow();
      periods.set(periodId, updated);
    };

    /** The period an episode new to Harbour belongs to: its neighbour's in the chain, else a new one. */
    const periodFor = async (episode: ImportedEpisode): Promise<number> => {
      const before =
        episode.reasonNewEpisode === 'S'
          ? undefined
          : stored.find((held) => held.end_date === episode.startDate && held.reason_ceased === episodeContinues);
      const after =
        episode.reasonCeased === episodeContinues
          ? stored.find((held) => held.start_date === episode.endDate && held.reason_new_episode !== 'S')
          : undefined;
      if (before && after && before.period_of_care_id !== after.period_of_care_id)
        throw refusal('startDate', `The episode from ${episode.startDate} joins two periods of care Harbour holds`);
      const neighbour = before ?? after;
      if (!neighbour) {
        const period = await trx
          .insertInto('periods_of_care')
          .values({
            child_id: childId,
            start_date: episode.startDate,
            imported_from: origin,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        periods.set(period.id, period);
        return period.id;
      }
      const period = periods.get(neighbour.period_of_care_id)!;
      // An earlier year imported after a later one: the period began no later than this episode.
      if (episode.startDate < period.start_date) {
        const updated = await trx
          .updateTable('periods_of_care')
          .set({ start_date: episode.startDate, version: period.version + 1, ...by })
          .where('id', '=', period.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        periods.set(period.id, updated);
      }
      return period.id;
    };

    for (const episode of [...episodes].sort((a, b) => a.startDate.localeCompare(b.startDate))) {
      const held = stored.find((row) => row.start_date === episode.startDate);
      if (held) {
        for (const [column, value] of Object.entries(columnsOf(episode)) as [keyof typeof described, string][]) {
          if (held[column] !== value)
            throw refusal(
              'startDate',
              `Harbour holds the episode from ${episode.startDate} with ${described[column]} ${held[column] ?? '(blank)'}; the return says ${value ?? '(blank)'}`,
            );
        }
        const sameEnd =
          held.end_date === episode.endDate &&
          held.reason_ceased === episode.reasonCeased &&
          held.reason_place_change === episode.reasonPlaceChange;
        const endedSince =
          episode.endDate === null && held.end_date !== null && (asAt === null || held.end_date > asAt);
        if (sameEnd || endedSince) {
          tally.unchanged++;
          continue;
        }
        if (held.end_date !== null || episode.endDate === null)
          throw refusal(
            'endDate',
            `Harbour holds the episode from ${episode.startDate} as ${held.end_date ? `ended on ${held.end_date} (${held.reason_ceased})` : 'open'}; the return says ${episode.endDate ? `ended on ${episode.endDate} (${episode.reasonCeased})` : 'open'}`,
          );
        const ended = await trx
          .updateTable('care_episodes')
          .set({
            end_date: episode.endDate,
            reason_ceased: episode.reasonCeased,
            reason_place_change: episode.reasonPlaceChange,
            version: held.version + 1,
            ...by,
          })
          .where('id', '=', held.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        stored.splice(stored.indexOf(held), 1, ended);
        if (episode.reasonCeased !== episodeContinues) await endPeriod(held.period_of_care_id, episode.endDate);
        tally.ended++;
        continue;
      }
      const periodId = await periodFor(episode);
      const inserted = await trx
        .insertInto('care_episodes')
        .values({
          child_id: childId,
          period_of_care_id: periodId,
          start_date: episode.startDate,
          ...columnsOf(episode),
          end_date: episode.endDate,
          reason_ceased: episode.reasonCeased,
          reason_place_change: episode.reasonPlaceChange,
          imported_from: origin,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      stored.push(inserted);
      if (episode.endDate && episode.reasonCeased !== episodeContinues) await endPeriod(periodId, episode.endDate);
      tally.added++;
    }
    return tally;
  });
}

/** Loads a child's looked-after reviews from a return: one a day, a day Harbour holds left as it is if it agrees. */
export function importReviews(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  reviews: readonly ImportedReview[],
  origin: ImportedFrom,
): Promise<CareImported> {
  return importForChild(db, actor, { childId, recordType: 'looked_after_reviews', origin }, async (trx) => {
    const stored = await trx
      .selectFrom('looked_after_reviews')
      .select(['review_date', 'participation'])
      .where('child_id', '=', childId)
      .execute();
    const held = new Map(stored.map((review) => [review.review_date, review.participation]));
    const tally: CareImported = { added: 0, ended: 0, unchanged: 0 };
    for (const review of reviews) {
      const participation = held.get(review.reviewDate);
      if (participation === review.participation) {
        tally.unchanged++;
        continue;
      }
      if (participation !== undefined)
        throw refusal(
          'reviewDate',
          `Harbour holds the review of ${review.reviewDate} with REVIEW_CODE ${participation}; the return says ${review.participation}`,
        );
      await trx
        .insertInto('looked_after_reviews')
        .values({
          child_id: childId,
          review_date: review.reviewDate,
          participation: review.participation,
          imported_from: origin,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .execute();
      held.set(review.reviewDate, review.participation);
      tally.added++;
    }
    return tally;
  });
}
