import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord } from '../../platform/records/writes.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import type { ExploitationOutcome, ExploitationResponse, MissingType } from './codes.ts';
import { interviewTimingProblems } from './model.ts';

explainConstraints({
  missing_episodes_end_after_start: {
    field: 'returnedAt',
    message: 'The time the child returned must be after the time they went missing',
  },
  missing_episodes_no_overlap: {
    field: 'startedAt',
    message: 'This overlaps another missing or away episode for the child',
  },
  missing_episodes_one_open: {
    field: 'startedAt',
    message: 'The child is already recorded as missing: record their return first',
  },
  missing_episodes_missing_type_check: {
    field: 'missingType',
    message: 'Select whether the child was missing or away',
  },
  return_home_interviews_episode: {
    field: 'missingEpisodeId',
    message: 'This missing episode is not recorded for the child',
  },
  return_home_interviews_one_per_episode: {
    field: 'missingEpisodeId',
    message: 'A return home interview is already recorded for this episode',
  },
  return_home_interviews_offered_when: {
    field: 'offeredAt',
    message: 'Enter when the return home interview was offered',
  },
  return_home_interviews_answer_after_offer: {
    field: 'accepted',
    message: 'A child can only accept or decline an interview that was offered',
  },
  return_home_interviews_held_when_accepted: {
    field: 'heldAt',
    message: 'An interview can only be held if it was offered and not declined',
  },
  return_home_interviews_held_after_offer: {
    field: 'heldAt',
    message: 'The interview must be held after it was offered',
  },
  return_home_interviews_manager_comment_dated: {
    field: 'managerCommentDate',
    message: "Enter the manager's comment and the date it was made",
  },
  return_home_interviews_manager_comment_given: { field: 'managerComment', message: "Enter the manager's comment" },
  exploitation_screenings_response_given: {
    field: 'responses',
    message: 'Select what was done about the concern, or describe it',
  },
  exploitation_screenings_episode: {
    field: 'missingEpisodeId',
    message: 'This missing episode is not recorded for the child',
  },
});

/** A missing or away episode (903 Missing), open until the child returns. */
export function recordMissingEpisode(
  db: Kysely<Database>,
  actor: Actor,
  episode: { childId: number; missingType: MissingType; startedAt: Date | string; returnedAt?: Date | string | null },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('missing_episodes')
      .values({
        child_id: episode.childId,
        missing_type: episode.missingType,
        started_at: episode.startedAt,
        returned_at: episode.returnedAt ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'missing_episodes', recordId: record.id, childIds: [episode.childId] };
  });
}

/** The child returned (or was found). */
export function recordReturn(
  db: Kysely<Database>,
  actor: Actor,
  returned: { missingEpisodeId: number; version: number; returnedAt: Date | string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await recordProgress(trx, actor, {
      table: 'missing_episodes',
      id: returned.missingEpisodeId,
      version: returned.version,
      values: { returned_at: returned.returnedAt },
    });
    return { record, recordType: 'missing_episodes', recordId: record.id, childIds: [record.child_id] };
  });
}

async function returnedAt(trx: Kysely<Database>, missingEpisodeId: number): Promise<Date | null> {
  const episode = await trx
    .selectFrom('missing_episodes')
    .select('returned_at')
    .where('id', '=', missingEpisodeId)
    .executeTakeFirst();
  if (!episode)
    throw new RecordIntegrityError('missingEpisodeId', 'This missing episode is not recorded for the child', undefined);
  return episode.returned_at;
}

function refuseTiming(
  returned: Date | null,
  interview: { offeredAt?: Date | string | null | undefined; heldAt?: Date | string | null | undefined },
) {
  const asDate = (value: Date | string | null | undefined) =>
    value === null || value === undefined ? null : new Date(value);
  const [problem] = interviewTimingProblems(returned, {
    offeredAt: asDate(interview.offeredAt),
    heldAt: asDate(interview.heldAt),
  });
  if (problem) throw new RecordIntegrityError(problem.field, problem.message, undefined);
}

export interface ReturnHomeInterviewOffer {
  childId: number;
  missingEpisodeId: number;
  offered: boolean;
  offeredAt?: Date | string | null;
  /** null while the child has not answered; false when they declined. */
  accepted?: boolean | null;
  heldAt?: Date | string | null;
}

/** Whether a return home interview was offered, and when; the child's answer and the interview if known. */
export function recordReturnHomeInterview(db: Kysely<Database>, actor: Actor, interview: ReturnHomeInterviewOffer) {
  return writeChildRecord(db, actor, async (trx) => {
    refuseTiming(await returnedAt(trx, interview.missingEpisodeId), interview);
    const record = await trx
      .insertInto('return_home_interviews')
      .values({
        child_id: interview.childId,
        missing_episode_id: interview.missingEpisodeId,
        offered: interview.offered,
        offered_at: interview.offeredAt ?? null,
        accepted: interview.accepted ?? null,
        held_at: interview.heldAt ?? null,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'return_home_interviews', recordId: record.id, childIds: [interview.childId] };
  });
}

export interface ReturnHomeInterviewProgress {
  interviewId: number;
  version: number;
  accepted?: boolean;
  heldAt?: Date | string;
  managerComment?: string;
  managerCommentDate?: string;
}

/** The child's answer, the interview held, and the manager's comment on it, as each happens. */
export function recordReturnHomeInterviewProgress(
  db: Kysely<Database>,
  actor: Actor,
  progress: ReturnHomeInterviewProgress,
) {
  return writeChildRecord(db, actor, async (trx) => {
    const interview = await trx
      .selectFrom('return_home_interviews')
      .select('missing_episode_id')
      .where('id', '=', progress.interviewId)
      .executeTakeFirstOrThrow();
    refuseTiming(await returnedAt(trx, interview.missing_episode_id), { heldAt: progress.heldAt });
    const record = await recordProgress(trx, actor, {
      table: 'return_home_interviews',
      id: progress.interviewId,
      version: progress.version,
      values: {
        accepted: progress.accepted,
        held_at: progress.heldAt,
        manager_comment: progress.managerComment?.trim(),
        manager_comment_date: progress.managerCommentDate,
      },
    });
    return { record, recordType: 'return_home_interviews', recordId: record.id, childIds: [record.child_id] };
  });
}

/** Episodes with their interview (if any) for these children, earliest first. */
export function missingEpisodesOf(db: Kysely<Database>, childIds: readonly number[]) {
  return db
    .selectFrom('missing_episodes')
    .leftJoin('return_home_interviews', 'return_home_interviews.missing_episode_id', 'missing_episodes.id')
    .selectAll('missing_episodes')
    .select([
      'return_home_interviews.id as interview_id',
      'return_home_interviews.offered',
      'return_home_interviews.offered_at',
      'return_home_interviews.accepted',
      'return_home_interviews.held_at',
      'return_home_interviews.manager_comment',
      'return_home_interviews.manager_comment_date',
    ])
    .where('missing_episodes.child_id', 'in', childIds)
    .orderBy('missing_episodes.started_at')
    .execute();
}

export interface ExploitationScreening {
  childId: number;
  screenedOn: string;
  criminalOutcome: ExploitationOutcome;
  sexualOutcome: ExploitationOutcome;
  responses: ExploitationResponse[];
  responseDetail: string | null;
  /** The episode the screening followed, when it followed one. */
  missingEpisodeId: number | null;
}

/** A screening for criminal and sexual exploitation, with what was done about any concern. */
export function recordExploitationScreening(db: Kysely<Database>, actor: Actor, screening: ExploitationScreening) {
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('exploitation_screenings')
      .values({
        child_id: screening.childId,
        screened_on: screening.screenedOn,
        criminal_outcome: screening.criminalOutcome,
        sexual_outcome: screening.sexualOutcome,
        responses: screening.responses,
        response_detail: screening.responseDetail,
        missing_episode_id: screening.missingEpisodeId,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'exploitation_screenings', recordId: record.id, childIds: [screening.childId] };
  });
}

/** The child's exploitation screenings, latest first. */
export function exploitationScreeningsOf(db: Kysely<Database>, childId: number) {
  return db
    .selectFrom('exploitation_screenings')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('screened_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Of these children, those missing or away now (an episode not yet ended), with when they went. */
export function missingNow(db: Kysely<Database>, childIds: readonly number[]) {
  if (childIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('missing_episodes')
    .select(['child_id', 'missing_type', 'started_at'])
    .where('child_id', 'in', childIds)
    .where('returned_at', 'is', null)
    .orderBy('started_at')
    .execute();
}

/**
 * A correction of when an episode started or ended, or of whether the child was missing or away, with
 * the person's reason: an interview already offered or held must still follow the return.
 */
export async function correctMissingEpisode(
  db: Kysely<Database>,
  actor: Actor,
  correction: {
    childId: number;
    missingEpisodeId: number;
    version: number;
    missingType: MissingType;
    startedAt: Date;
    returnedAt: Date | null;
    reason: string;
  },
) {
  const interview = await db
    .selectFrom('return_home_interviews')
    .select(['offered_at', 'held_at'])
    .where('missing_episode_id', '=', correction.missingEpisodeId)
    .executeTakeFirst();
  if (interview) refuseTiming(correction.returnedAt, { offeredAt: interview.offered_at, heldAt: interview.held_at });
  return amendRecord(db, actor, {
    table: 'missing_episodes',
    recordId: correction.missingEpisodeId,
    childId: correction.childId,
    version: correction.version,
    changes: {
      missing_type: correction.missingType,
      started_at: correction.startedAt,
      returned_at: correction.returnedAt,
    },
    reason: correction.reason,
  });
}
