// Family Help's records, each change in one transaction with an audit event for every child of the
// family it touches. A child's help becomes a CIN episode (a referral in the assessment area,
// dated the child's Family Help start) when a section 17 assessment or plan begins, or the family
// steps up to child protection: every report, timescale and the CIN census then count it once.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { childRecordChanged } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { recordProgress, writeChildRecord, type RecordRef } from '../../platform/records/writes.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { NotFoundError } from '../../core/errors.ts';
import {
  closeReferral,
  openReferralOn,
  recordReferral,
  startAssessment,
  type ReferralSource,
} from '../assessment/index.ts';
import { endChildInNeedPlan, startChildInNeedPlan } from '../planning/index.ts';
import type { AssessmentKind, EndReason, ReviewDecision } from './codes.ts';
import type { FamilyHelpEpisode } from './schema.ts';
import { leadPractitionerRoles } from './model.ts';

explainConstraints({
  family_help_children_no_overlap: {
    field: 'startDate',
    message: 'A child already has Family Help on these days: end it first',
  },
  family_help_children_once: { field: 'childIds', message: 'A child is already in this Family Help' },
  family_help_episodes_end_after_start: {
    field: 'endDate',
    message: 'The end date must be on or after the start of Family Help',
  },
  family_help_episodes_plan_in_episode: {
    field: 'agreedOn',
    message: 'The plan must be agreed within the Family Help episode',
  },
  family_help_episodes_step_up_in_episode: {
    field: 'steppedUpOn',
    message: 'The step-up must be within the Family Help episode',
  },
  family_help_team_members_once: { field: 'userId', message: 'This person is already in the team' },
  family_help_assessments_completed: {
    field: 'completedDate',
    message: 'The assessment must be completed on or after it started, with its summary',
  },
});

/** A Family Help episode at the version the person last saw. */
export interface EpisodeRef {
  episodeId: number;
  version: number;
}

export interface NewFamilyHelp {
  childIds: readonly number[];
  startDate: string;
  source: ReferralSource;
  leadPractitionerId: number;
  /** The contact whose decision was Family Help. */
  contactId?: number | null;
}

/** A person who may lead or join a family's help: an active account of a practitioner or partner. */
async function checkPractitioner(trx: Kysely<Database>, userId: number, on: string, field: string) {
  const user = await trx
    .selectFrom('users')
    .select(['roles', 'disabled_at', 'access_ends_on'])
    .where('id', '=', userId)
    .executeTakeFirst();
  const active =
    user &&
    !user.disabled_at &&
    (user.access_ends_on === null || user.access_ends_on >= on) &&
    user.roles.some((role) => leadPractitionerRoles.includes(role));
  if (!active) throw new RecordIntegrityError(field, 'Select a practitioner from the list', undefined);
}

const childrenOfEpisode = async (trx: Kysely<Database>, episodeId: number) =>
  (await trx.selectFrom('family_help_children').select('child_id').where('episode_id', '=', episodeId).execute()).map(
    (row) => row.child_id,
  );

/** Starts Family Help for a family: every child or none. */
export function startFamilyHelp(db: Kysely<Database>, actor: Actor, input: NewFamilyHelp): Promise<FamilyHelpEpisode> {
  return writeChildRecord(db, actor, async (trx) => {
    if (input.childIds.length === 0) throw new RecordIntegrityError('childIds', 'Select the children', undefined);
    await checkPractitioner(trx, input.leadPractitionerId, input.startDate, 'leadPractitionerId');
    const episode = await trx
      .insertInto('family_help_episodes')
      .values({
        start_date: input.startDate,
        source: input.source,
        contact_id: input.contactId ?? null,
        lead_practitioner_id: input.leadPractitionerId,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('family_help_children')
      .values(
        [...new Set(input.childIds)].map((childId) => ({
          episode_id: episode.id,
          child_id: childId,
          start_date: input.startDate,
          created_by: actor.userId,
          updated_by: actor.userId,
        })),
      )
      .execute();
    return { record: episode, recordType: 'family_help_episodes', recordId: episode.id, childIds: input.childIds };
  });
}

/**
 * Changes the episode itself at the version the person saw (its plan, a step-up, its end), audited
 * for each of its children; `also` runs in the same transaction (the referrals a step needs).
 */
function changeEpisode(
  db: Kysely<Database>,
  actor: Actor,
  ref: EpisodeRef,
  step: string,
  values: Record<string, unknown>,
  also?: (trx: Kysely<Database>, episode: FamilyHelpEpisode) => Promise<void>,
  mayReplace?: readonly string[],
) {
  return writeChildRecord(
    db,
    actor,
    async (trx) => {
      const episode = await recordProgress(trx, actor, {
        table: 'family_help_episodes',
        id: ref.episodeId,
        version: ref.version,
        values,
        ...(mayReplace ? { mayReplace } : {}),
      });
      await also?.(trx, episode);
      return {
        record: episode,
        recordType: 'family_help_episodes',
        recordId: episode.id,
        childIds: await childrenOfEpisode(trx, episode.id),
      };
    },
    { step },
  );
}

/**
 * The CIN episode a child's Family Help counts as: the one already linked, else the child's
 * referral open on their Family Help start, else a new referral dated that start.
 */
async function referralFor(
  trx: Kysely<Database>,
  actor: Actor,
  episode: FamilyHelpEpisode,
  childId: number,
): Promise<number> {
  const row = await trx
    .selectFrom('family_help_children')
    .selectAll()
    .where('episode_id', '=', episode.id)
    .where('child_id', '=', childId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  if (row.referral_id) return row.referral_id;
  const open = await openReferralOn(trx, childId, row.start_date);
  const referralId =
    open?.id ??
    (
      await recordReferral(trx, actor, {
        childId,
        referralDate: row.start_date,
        source: episode.source as ReferralSource,
        contactId: episode.contact_id,
      })
    ).id;
  await trx
    .updateTable('family_help_children')
    .set((eb) => ({ referral_id: referralId, version: eb('version', '+', 1), updated_by: actor.userId }))
    .where('id', '=', row.id)
    .execute();
  return referralId;
}

/**
 * Every child still in the episode counts as a CIN episode from their Family Help start; with a
 * child in need plan agreed on `planAgreedOn`, each child's plan starts in it that day (the
 * census's CINPlanDates), kept by the planning area as any child in need plan is.
 */
async function referralsForFamily(
  trx: Kysely<Database>,
  actor: Actor,
  episode: FamilyHelpEpisode,
  planAgreedOn?: string,
) {
  const open = await trx
    .selectFrom('family_help_children')
    .select('child_id')
    .where('episode_id', '=', episode.id)
    .where('end_date', 'is', null)
    .execute();
  for (const { child_id } of open) {
    const referralId = await referralFor(trx, actor, episode, child_id);
    if (planAgreedOn)
      await startChildInNeedPlan(trx, actor, { childId: child_id, referralId, startDate: planAgreedOn });
  }
}

/** A child's child in need plans in this CIN episode end with their Family Help. */
async function endChildInNeedPlans(trx: Kysely<Database>, actor: Actor, referralId: number, endDate: string) {
  const plans = await trx
    .selectFrom('cin_plans')
    .select(['id', 'child_id', 'version'])
    .where('referral_id', '=', referralId)
    .where('end_date', 'is', null)
    .execute();
  for (const plan of plans)
    await endChildInNeedPlan(trx, actor, { childId: plan.child_id, id: plan.id, version: plan.version, endDate });
}

export const episodeOf = async (db: Kysely<Database>, episodeId: number): Promise<FamilyHelpEpisode> => {
  const episode = await db
    .selectFrom('family_help_episodes')
    .selectAll()
    .where('id', '=', episodeId)
    .executeTakeFirst();
  if (!episode) throw new NotFoundError();
  return episode;
};

const stillOpen = (episode: FamilyHelpEpisode) => {
  if (episode.end_date) throw new RecordIntegrityError('record', 'This Family Help has ended', undefined);
};

/** Adds a member of the family's team (a council worker or a partner's practitioner). */
export function addTeamMember(
  db: Kysely<Database>,
  actor: Actor,
  input: { episodeId: number; userId: number; role: string; addedOn: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const episode = await episodeOf(trx, input.episodeId);
    stillOpen(episode);
    if (input.addedOn < episode.start_date)
      throw new RecordIntegrityError('addedOn', 'The date must be on or after the start of Family Help', undefined);
    await checkPractitioner(trx, input.userId, input.addedOn, 'userId');
    if (input.userId === episode.lead_practitioner_id)
      throw new RecordIntegrityError('userId', 'This person is the lead practitioner', undefined);
    const member = await trx
      .insertInto('family_help_team_members')
      .values({
        episode_id: input.episodeId,
        user_id: input.userId,
        role: input.role.trim(),
        added_on: input.addedOn,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record: member,
      recordType: 'family_help_team_members',
      recordId: member.id,
      childIds: await childrenOfEpisode(trx, input.episodeId),
    };
  });
}

/**
 * Starts a child's family help assessment. A section 17 assessment is the assessment area's single
 * assessment in the child's CIN episode, so its 45-working-day clock and the census are that area's.
 */
export function startFamilyHelpAssessment(
  db: Kysely<Database>,
  actor: Actor,
  input: { episodeId: number; childId: number; kind: AssessmentKind; startDate: string },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const episode = await episodeOf(trx, input.episodeId);
      stillOpen(episode);
      if (input.startDate < episode.start_date)
        throw new RecordIntegrityError('startDate', 'The assessment must start on or after Family Help', undefined);
      const assessmentId =
        input.kind === 'section-17'
          ? (
              await startAssessment(trx, actor, {
                childId: input.childId,
                referralId: await referralFor(trx, actor, episode, input.childId),
                startDate: input.startDate,
              })
            ).id
          : null;
      const assessment = await trx
        .insertInto('family_help_assessments')
        .values({
          episode_id: input.episodeId,
          child_id: input.childId,
          kind: input.kind,
          start_date: input.startDate,
          assessment_id: assessmentId,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'family_help_assessments',
        recordId: assessment.id,
        detail: { action: 'created', kind: input.kind },
      });
      return assessment;
    }),
  );
}

/** Completes a targeted family help assessment (a section 17 one completes by its authorisation). */
export function completeTargetedAssessment(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { completedDate: string; summary: string },
) {
  return writeChildRecord(
    db,
    actor,
    async (trx) => {
      const assessment = await recordProgress(trx, actor, {
        table: 'family_help_assessments',
        id: input.id,
        childId: input.childId,
        version: input.version,
        values: { completed_date: input.completedDate, summary: input.summary.trim() },
      });
      return {
        record: assessment,
        recordType: 'family_help_assessments',
        recordId: assessment.id,
        childIds: [input.childId],
      };
    },
    { step: 'Family help assessment completed' },
  );
}

/**
 * Records the family plan agreed, or its revision (what needs to change, and whether it is a
 * child in need plan). A plan under section 17 makes each child's help a CIN episode, which a
 * revision cannot undo: the CIN episode ends with Family Help.
 */
export async function agreeFamilyPlan(
  db: Kysely<Database>,
  actor: Actor,
  input: EpisodeRef & { agreedOn: string; outcomes: string; section17: boolean },
) {
  const before = await episodeOf(db, input.episodeId);
  if (before.plan_section_17 && !input.section17)
    throw new RecordIntegrityError(
      'section17',
      'This is a child in need plan: the CIN episode ends when Family Help ends',
      undefined,
    );
  return changeEpisode(
    db,
    actor,
    input,
    before.plan_agreed_on ? 'Family plan revised' : 'Family plan agreed',
    { plan_agreed_on: input.agreedOn, plan_outcomes: input.outcomes.trim(), plan_section_17: input.section17 },
    async (trx, episode) => {
      stillOpen(episode);
      // The plan becomes a child in need plan once: a revision of it is the same plan.
      if (input.section17)
        await referralsForFamily(trx, actor, episode, before.plan_section_17 ? undefined : input.agreedOn);
    },
    ['plan_outcomes', 'plan_section_17'],
  );
}

const requirePlan = (episode: FamilyHelpEpisode) => {
  if (!episode.plan_agreed_on)
    throw new RecordIntegrityError('record', 'Record the family plan agreed first', undefined);
};

export function addPlanAction(
  db: Kysely<Database>,
  actor: Actor,
  input: { episodeId: number; action: string; owner: string; dueDate: string },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const episode = await episodeOf(trx, input.episodeId);
    stillOpen(episode);
    requirePlan(episode);
    const action = await trx
      .insertInto('family_plan_actions')
      .values({
        episode_id: input.episodeId,
        action: input.action.trim(),
        owner: input.owner.trim(),
        due_date: input.dueDate,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record: action,
      recordType: 'family_plan_actions',
      recordId: action.id,
      childIds: await childrenOfEpisode(trx, input.episodeId),
    };
  });
}

export function markPlanActionDone(
  db: Kysely<Database>,
  actor: Actor,
  input: { episodeId: number; id: number; version: number; doneDate: string },
) {
  return writeChildRecord(
    db,
    actor,
    async (trx) => {
      const owned = await trx
        .selectFrom('family_plan_actions')
        .select('id')
        .where('id', '=', input.id)
        .where('episode_id', '=', input.episodeId)
        .executeTakeFirst();
      if (!owned) throw new NotFoundError();
      const action = await recordProgress(trx, actor, {
        table: 'family_plan_actions',
        id: input.id,
        version: input.version,
        values: { done_date: input.doneDate },
      });
      return {
        record: action,
        recordType: 'family_plan_actions',
        recordId: action.id,
        childIds: await childrenOfEpisode(trx, input.episodeId),
      };
    },
    { step: 'Family plan action done' },
  );
}

export function recordPlanReview(
  db: Kysely<Database>,
  actor: Actor,
  input: { episodeId: number; reviewDate: string; progress: string; decision: ReviewDecision },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const episode = await episodeOf(trx, input.episodeId);
    stillOpen(episode);
    requirePlan(episode);
    if (input.reviewDate < episode.plan_agreed_on!)
      throw new RecordIntegrityError('reviewDate', 'The review must be on or after the plan was agreed', undefined);
    const review = await trx
      .insertInto('family_plan_reviews')
      .values({
        episode_id: input.episodeId,
        review_date: input.reviewDate,
        progress: input.progress.trim(),
        decision: input.decision,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return {
      record: review,
      recordType: 'family_plan_reviews',
      recordId: review.id,
      childIds: await childrenOfEpisode(trx, input.episodeId),
    };
  });
}

/**
 * Steps the family up to child protection: the decision is recorded and each child's help counts
 * as a CIN episode (the one it already is, if a section 17 assessment or plan made it one), in
 * which the strategy discussion and any section 47 enquiry and plan sit.
 */
export function stepUpToChildProtection(
  db: Kysely<Database>,
  actor: Actor,
  input: EpisodeRef & { steppedUpOn: string; reason: string },
) {
  return changeEpisode(
    db,
    actor,
    input,
    'Stepped up to child protection',
    { stepped_up_on: input.steppedUpOn, step_up_reason: input.reason.trim() },
    async (trx, episode) => {
      stillOpen(episode);
      await referralsForFamily(trx, actor, episode);
    },
  );
}

/**
 * Ends Family Help for the family (a step down to universal services, or a close) and each child's
 * CIN episode with it, on the same day. A family stepped up keeps its CIN episodes open: they end
 * with the child protection work they hold, on the assessment area's pages.
 */
export function endFamilyHelp(
  db: Kysely<Database>,
  actor: Actor,
  input: EpisodeRef & { endDate: string; reason: EndReason; detail: string },
) {
  const step = input.reason === 'stepped-down' ? 'Stepped down to universal services' : 'Family Help closed';
  return changeEpisode(
    db,
    actor,
    input,
    step,
    { end_date: input.endDate, end_reason: input.reason, end_detail: input.detail.trim() },
    async (trx, episode) => {
      const children = await trx
        .selectFrom('family_help_children')
        .leftJoin('referrals', 'referrals.id', 'family_help_children.referral_id')
        .select([
          'family_help_children.id',
          'family_help_children.child_id',
          'family_help_children.start_date',
          'family_help_children.referral_id',
          'referrals.closure_date',
          'referrals.version as referral_version',
        ])
        .where('family_help_children.episode_id', '=', episode.id)
        .where('family_help_children.end_date', 'is', null)
        .execute();
      for (const child of children) {
        if (child.start_date > input.endDate)
          throw new RecordIntegrityError('endDate', 'The end date must be on or after each child’s start', undefined);
        await trx
          .updateTable('family_help_children')
          .set((eb) => ({ end_date: input.endDate, version: eb('version', '+', 1), updated_by: actor.userId }))
          .where('id', '=', child.id)
          .execute();
        if (!child.referral_id || child.closure_date || episode.stepped_up_on) continue;
        await unauthorisedAssessmentRefuses(trx, child.referral_id, input.endDate);
        await endChildInNeedPlans(trx, actor, child.referral_id, input.endDate);
        await closeReferral(trx, actor, {
          childId: child.child_id,
          id: child.referral_id,
          version: child.referral_version!,
          closureDate: input.endDate,
          closureReason: 'RC7',
        });
      }
    },
  );
}

/** The CIN census closes an episode only once its assessments are authorised. */
async function unauthorisedAssessmentRefuses(trx: Kysely<Database>, referralId: number, endDate: string) {
  const waiting = await trx
    .selectFrom('assessments')
    .select('id')
    .where('referral_id', '=', referralId)
    .where((eb) => eb.or([eb('authorisation_date', 'is', null), eb('authorisation_date', '>', endDate)]))
    .executeTakeFirst();
  if (waiting)
    throw new RecordIntegrityError(
      'endDate',
      'Authorise the section 17 assessment before Family Help ends: it is not authorised by the end date',
      undefined,
    );
}

/** The children of a contact already in the Family Help it led to. */
export const childrenHelpedFrom = async (db: Kysely<Database>, contactId: number): Promise<number[]> =>
  (
    await db
      .selectFrom('family_help_children')
      .innerJoin('family_help_episodes', 'family_help_episodes.id', 'family_help_children.episode_id')
      .select('family_help_children.child_id')
      .where('family_help_episodes.contact_id', '=', contactId)
      .execute()
  ).map((row) => row.child_id);

/** The child's open Family Help as their page shows it: since when, its lead practitioner and the plan. */
export const openFamilyHelpOf = (db: Kysely<Database>, childId: number) =>
  db
    .selectFrom('family_help_children')
    .innerJoin('family_help_episodes', 'family_help_episodes.id', 'family_help_children.episode_id')
    .innerJoin('users', 'users.id', 'family_help_episodes.lead_practitioner_id')
    .select([
      'family_help_children.start_date',
      'family_help_episodes.plan_agreed_on',
      'family_help_episodes.stepped_up_on',
      'users.display_name as lead',
    ])
    .where('family_help_children.child_id', '=', childId)
    .where('family_help_children.end_date', 'is', null)
    .executeTakeFirst();
