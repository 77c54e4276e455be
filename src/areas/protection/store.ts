import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import type { VoiceGatheredBy } from '../../platform/records/childsVoice.ts';
import type {
  Agency,
  CategoryOfAbuse,
  ChildParticipation,
  ParentsParticipation,
  PracticeRating,
  Section47Outcome,
  StrategyDecision,
} from './codes.ts';
import { conferenceChairRoles, initialConferenceNotRequired, planEndProblem } from './model.ts';
import { chosenWorker } from '../workforce/index.ts';
import { ownerColumns, type ActionOwner } from '../planning/index.ts';
import { recordProgress, recordStep, writeChildRecord, type RecordRef } from '../../platform/records/writes.ts';
import { NotFoundError } from '../../core/errors.ts';
import type {
  ChildProtectionConference,
  ChildProtectionPlan,
  CoreGroupMeeting,
  Section47Enquiry,
  StrategyDiscussion,
  StrategyDiscussionAction,
} from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { togetherGroup } from '../../platform/records/together.ts';

const categoryMessage = 'Select the category of abuse from the list';
const actionBeforeHeld = 'Actions are agreed at a strategy discussion held about this child: record it as held first';

explainConstraints({
  strategy_discussions_referral: { field: 'referralId', message: 'Select a referral for this child' },
  strategy_discussions_held_after_decision: {
    field: 'heldDate',
    message: 'The date held must be on or after the date of the decision to hold it',
  },
  strategy_discussions_agencies_known: { field: 'agencies', message: 'Select the agencies from the list' },
  strategy_discussions_decision_when_held: {
    field: 'heldDate',
    message: 'Enter the date the strategy discussion was held',
  },
  strategy_discussions_decision_check: {
    field: 'decision',
    message: 'Select whether a section 47 enquiry will be made',
  },
  section_47_enquiries_strategy_discussion: {
    field: 'strategyDiscussionId',
    message: 'The enquiry must start on the day of a strategy discussion held about this child',
  },
  section_47_enquiries_one_per_discussion: {
    field: 'strategyDiscussionId',
    message: 'A section 47 enquiry has already started from this strategy discussion',
  },
  section_47_enquiries_one_open: {
    field: 'strategyDiscussionId',
    message: 'The child already has a section 47 enquiry under way: conclude it first',
  },
  section_47_enquiries_end_after_start: {
    field: 'endDate',
    message: 'The end date must be on or after the start date',
  },
  section_47_enquiries_outcome_when_concluded: {
    field: 'outcome',
    message: 'Enter both the date the enquiry concluded and its outcome',
  },
  section_47_enquiries_conference_not_required: {
    field: 'initialConferenceNotRequired',
    message: 'An enquiry that needs no conference cannot have a conference as its outcome',
  },
  section_47_enquiries_outcome_check: { field: 'outcome', message: 'Select the outcome of the enquiry from the list' },
  child_protection_conferences_section_47: {
    field: 'section47EnquiryId',
    message: 'Select a section 47 enquiry about this child',
  },
  child_protection_conferences_plan: { field: 'planId', message: 'Select a child protection plan for this child' },
  child_protection_conferences_outcome_fits_type: {
    field: 'outcome',
    message: 'An initial conference makes a plan or not; a review conference continues or ends the plan',
  },
  child_protection_conferences_category_for_plan: {
    field: 'category',
    message: 'Select the category of abuse for the plan',
  },
  child_protection_conferences_plan_reviewed: {
    field: 'planId',
    message: 'A review conference must name the plan it reviews',
  },
  child_protection_conferences_section_47_initial: {
    field: 'section47EnquiryId',
    message: 'Only an initial conference concludes a section 47 enquiry',
  },
  child_protection_conferences_one_per_enquiry: {
    field: 'section47EnquiryId',
    message: 'An initial conference has already been held for this enquiry',
  },
  child_protection_conferences_category_check: { field: 'category', message: categoryMessage },
  child_protection_conferences_child_participation_check: {
    field: 'childParticipation',
    message: 'Select how the child took part from the list',
  },
  child_protection_conferences_wishes_and_feelings_length: {
    field: 'wishesAndFeelings',
    message: 'The child’s wishes and feelings must be 10,000 characters or fewer',
  },
  child_protection_conferences_voice_gathered_known: {
    field: 'voiceGathered',
    message: 'Select how the child’s wishes and feelings were gathered from the list',
  },
  child_protection_conferences_voice_gathered_with_words: {
    field: 'voiceGathered',
    message: 'Enter the child’s wishes and feelings with how they were gathered',
  },
  child_protection_conferences_practice_rating_check: {
    field: 'practiceRating',
    message: 'Select red, amber or green',
  },
  child_protection_plans_end_after_start: { field: 'endDate', message: 'The end date must be after the start date' },
  child_protection_plans_senior_review_after_start: {
    field: 'seniorManagerReviewDate',
    message: 'The senior manager review must be on or after the start of the plan',
  },
  child_protection_plans_no_overlap: {
    field: 'startDate',
    message: 'This overlaps another child protection plan for the child',
  },
  child_protection_plans_one_open: {
    field: 'startDate',
    message: 'The child is already subject to a child protection plan: end it first',
  },
  child_protection_plans_one_per_conference: {
    field: 'conferenceId',
    message: 'This conference has already made a plan',
  },
  child_protection_plans_conference: {
    field: 'conferenceId',
    message: 'The plan must start on the date of a conference about this child',
  },
  child_protection_plans_initial_category_check: { field: 'initialCategory', message: categoryMessage },
  child_protection_plans_latest_category_check: { field: 'latestCategory', message: categoryMessage },
  strategy_discussion_actions_discussion: { field: 'record', message: actionBeforeHeld },
  strategy_discussion_actions_due_after_held: {
    field: 'dueDate',
    message: 'The date by which must be on or after the day the discussion was held',
  },
  strategy_discussion_actions_done_after_held: {
    field: 'doneDate',
    message: 'The date done must be on or after the day the discussion was held',
  },
  core_group_meetings_plan: { field: 'planId', message: 'Select a child protection plan for this child' },
});

const created = (
  trx: Kysely<Database>,
  actor: Actor,
  childId: number,
  recordType: string,
  recordId: number,
  detail: Record<string, unknown> = {},
) =>
  childRecordChanged(trx, actor, {
    childId: String(childId),
    recordType,
    recordId,
    detail: { action: 'created', ...detail },
  });

/** One person who attended a strategy discussion: who they are, the agency they came from, their role. */
export interface StrategyDiscussionAttendeeInput {
  name: string;
  agency: Agency;
  role: string;
}

/** The practice of a discussion held, the same for every child it was about. */
export interface StrategyDiscussionPractice {
  informationShared?: string | null;
  decisionReasons?: string | null;
  attendees?: readonly StrategyDiscussionAttendeeInput[];
}

export interface NewStrategyDiscussion extends StrategyDiscussionPractice {
  childId: number;
  referralId?: number | null;
  decisionDate: string;
  heldDate?: string | null;
  agencies?: Agency[];
  decision?: StrategyDecision | null;
}

const practiceColumns = (input: StrategyDiscussionPractice) => ({
  information_shared: input.informationShared || null,
  decision_reasons: input.decisionReasons || null,
});

async function recordAttendees(
  trx: Kysely<Database>,
  actor: Actor,
  discussion: Pick<StrategyDiscussion, 'id' | 'child_id'>,
  attendees: readonly StrategyDiscussionAttendeeInput[] = [],
) {
  if (attendees.length === 0) return;
  await trx
    .insertInto('strategy_discussion_attendees')
    .values(
      attendees.map((attendee) => ({
        strategy_discussion_id: discussion.id,
        child_id: discussion.child_id,
        name: attendee.name,
        agency: attendee.agency,
        role: attendee.role,
        created_by: actor.userId,
      })),
    )
    .execute();
}

/**
 * Records a strategy discussion about one child, or one held about brothers and sisters together:
 * each child has their own row, with their own decision (the DfE counts each child's discussion
 * and enquiry) and their own timescales from then on; rows recorded together share
 * `discussed_together`, so the discussion can later be recorded as held for all of them at once.
 */
export function recordStrategyDiscussions(
  db: Kysely<Database>,
  actor: Actor,
  discussions: readonly NewStrategyDiscussion[],
): Promise<StrategyDiscussion[]> {
  const together = togetherGroup(discussions);
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const recorded: StrategyDiscussion[] = [];
      for (const input of discussions) {
        const discussion = await trx
          .insertInto('strategy_discussions')
          .values({
            child_id: input.childId,
            referral_id: input.referralId ?? null,
            decision_date: input.decisionDate,
            held_date: input.heldDate ?? null,
            agencies: [...new Set(input.agencies ?? [])],
            decision: input.decision ?? null,
            discussed_together: together,
            ...practiceColumns(input),
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAttendees(trx, actor, discussion, input.attendees);
        await created(trx, actor, input.childId, 'strategy_discussions', discussion.id);
        recorded.push(discussion);
      }
      return recorded;
    }),
  );
}

export const recordStrategyDiscussion = async (
  db: Kysely<Database>,
  actor: Actor,
  input: NewStrategyDiscussion,
): Promise<StrategyDiscussion> => (await recordStrategyDiscussions(db, actor, [input]))[0]!;

type StrategyDiscussionHeld = RecordRef & { heldDate: string; agencies: Agency[]; decision: StrategyDecision };

const heldColumns = (input: StrategyDiscussionHeld) => ({
  held_date: input.heldDate,
  agencies: [...new Set(input.agencies)],
  decision: input.decision,
});

/** A discussion held about one or more children: what they shared, and each child's own decision. */
export interface StrategyDiscussionsHeld extends StrategyDiscussionPractice {
  heldDate: string;
  agencies: Agency[];
  discussions: readonly (RecordRef & { decision: StrategyDecision })[];
}

/**
 * Records that a strategy discussion decided on earlier was held — who took part, what was shared
 * and what it decided — for each child it was about, in one transaction: either every child's
 * discussion is recorded as held or none is.
 */
export function recordStrategyDiscussionsHeld(db: Kysely<Database>, actor: Actor, input: StrategyDiscussionsHeld) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const held: StrategyDiscussion[] = [];
      for (const discussion of input.discussions) {
        const row = await recordStep(trx, actor, {
          ...discussion,
          table: 'strategy_discussions',
          values: { ...heldColumns({ ...input, ...discussion }), ...practiceColumns(input) },
          step: 'Strategy discussion held',
        });
        await recordAttendees(trx, actor, row, input.attendees);
        held.push(row);
      }
      return held;
    }),
  );
}

/** Records that one child's strategy discussion was held. */
export const recordStrategyDiscussionHeld = async (
  db: Kysely<Database>,
  actor: Actor,
  input: StrategyDiscussionHeld & StrategyDiscussionPractice,
) => (await recordStrategyDiscussionsHeld(db, actor, { ...input, discussions: [input] }))[0]!;

/** Who attended a discussion, in the order recorded. */
export const attendeesOf = (db: Kysely<Database>, discussionId: number) =>
  db
    .selectFrom('strategy_discussion_attendees')
    .selectAll()
    .where('strategy_discussion_id', '=', discussionId)
    .orderBy('id')
    .execute();

/** An action agreed at a strategy discussion, for one child's discussion or a copy on each of several. */
export interface NewStrategyDiscussionAction {
  description: string;
  owner: ActionOwner;
  dueDate: string;
  /** Each child's own discussion the action is recorded on. */
  discussions: readonly { childId: number; id: number }[];
}

/**
 * Records an action agreed at a discussion on each child's discussion it names (a copy on each
 * record, each marked done on its own), in one transaction: all or none. The owner is checked as a
 * plan action's owner is, for each child and on the day the discussion was held.
 */
export function recordStrategyDiscussionActions(
  db: Kysely<Database>,
  actor: Actor,
  input: NewStrategyDiscussionAction,
): Promise<StrategyDiscussionAction[]> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const recorded: StrategyDiscussionAction[] = [];
      for (const discussion of input.discussions) {
        const { held_date } = await trx
          .selectFrom('strategy_discussions')
          .select('held_date')
          .where('id', '=', discussion.id)
          .where('child_id', '=', discussion.childId)
          .executeTakeFirstOrThrow();
        if (!held_date) throw new RecordIntegrityError('record', actionBeforeHeld, undefined);
        const action = await trx
          .insertInto('strategy_discussion_actions')
          .values({
            strategy_discussion_id: discussion.id,
            child_id: discussion.childId,
            held_date,
            description: input.description.trim(),
            ...(await ownerColumns(trx, discussion.childId, input.owner, held_date)),
            due_date: input.dueDate,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await created(trx, actor, discussion.childId, 'strategy_discussion_actions', action.id, {
          strategyDiscussionId: discussion.id,
        });
        recorded.push(action);
      }
      return recorded;
    }),
  );
}

/** Marks one child's copy of an action done: progress, not a correction. */
export const completeStrategyDiscussionAction = (
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { doneDate: string },
) =>
  recordStep(db, actor, {
    ...input,
    table: 'strategy_discussion_actions',
    values: { done_date: input.doneDate },
    step: 'Strategy discussion action done',
  });

/** A discussion's actions with what names their owner (as planning's `ownerName` reads it). */
export const discussionActionsWithOwners = (db: Kysely<Database>) =>
  db
    .selectFrom('strategy_discussion_actions')
    .leftJoin('workers', 'workers.id', 'strategy_discussion_actions.owner_worker_id')
    .leftJoin('teams', 'teams.id', 'workers.team_id')
    .leftJoin('adults', 'adults.id', 'strategy_discussion_actions.owner_adult_id')
    .selectAll('strategy_discussion_actions')
    .select(['workers.name as owner_worker_name', 'teams.name as owner_team_name'])
    .select(sql<string | null>`adults.forename || ' ' || adults.surname`.as('owner_adult_name'));

/** The other children's discussions recorded together with this one. */
export const discussedTogetherWith = (db: Kysely<Database>, discussion: StrategyDiscussion) =>
  discussion.discussed_together
    ? db
        .selectFrom('strategy_discussions')
        .innerJoin('children', 'children.id', 'strategy_discussions.child_id')
        .selectAll('strategy_discussions')
        .select(['children.forename', 'children.surname', 'children.access_restriction'])
        .select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('section_47_enquiries')
                .select('section_47_enquiries.id')
                .whereRef('section_47_enquiries.strategy_discussion_id', '=', 'strategy_discussions.id'),
            )
            .as('enquiry_started'),
        )
        .where('strategy_discussions.discussed_together', '=', discussion.discussed_together)
        .where('strategy_discussions.id', '<>', discussion.id)
        .orderBy('children.date_of_birth')
        .orderBy('children.id')
        .execute()
    : Promise.resolve([]);

/**
 * Corrects what was recorded of a held discussion, keeping the previous values and the reason;
 * the section 47 enquiry it started moves with its date (the database's cascade).
 */
export function correctStrategyDiscussionHeld(
  db: Kysely<Database>,
  actor: Actor,
  input: StrategyDiscussionHeld & { reason: string },
) {
  return amendRecord(db, actor, {
    table: 'strategy_discussions',
    recordId: input.id,
    childId: input.childId,
    version: input.version,
    changes: heldColumns(input),
    reason: input.reason,
  });
}

/** Starts a section 47 enquiry on the day of the strategy discussion that decided on it (S47ActualStartDate). */
/** Starts the section 47 enquiries several children's discussions decided on, together or not at all. */
export const startSection47Enquiries = (
  db: Kysely<Database>,
  actor: Actor,
  inputs: readonly { childId: number; strategyDiscussionId: number }[],
): Promise<Section47Enquiry[]> =>
  inTransaction(db, async (trx) => {
    const started: Section47Enquiry[] = [];
    for (const input of inputs) started.push(await startSection47Enquiry(trx, actor, input));
    return started;
  });

export function startSection47Enquiry(
  db: Kysely<Database>,
  actor: Actor,
  input: { childId: number; strategyDiscussionId: number },
): Promise<Section47Enquiry> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const discussion = await trx
        .selectFrom('strategy_discussions')
        .select(['held_date', 'decision'])
        .where('id', '=', input.strategyDiscussionId)
        .where('child_id', '=', input.childId)
        .executeTakeFirst();
      if (!discussion?.held_date || discussion.decision !== 'section-47') {
        throw new RecordIntegrityError(
          'strategyDiscussionId',
          'Select a strategy discussion held about this child that decided on a section 47 enquiry',
          undefined,
        );
      }
      const enquiry = await trx
        .insertInto('section_47_enquiries')
        .values({
          child_id: input.childId,
          strategy_discussion_id: input.strategyDiscussionId,
          start_date: discussion.held_date,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await created(trx, actor, input.childId, 'section_47_enquiries', enquiry.id);
      return enquiry;
    }),
  );
}

/**
 * Concluding an enquiry is progress, not a correction: the chronology says "Section 47 enquiry
 * concluded" and no amendment is kept. Whether an initial conference is still required follows
 * from the outcome unless the caller (an import) says otherwise.
 */
export function concludeSection47Enquiry(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & {
    endDate: string;
    outcome: Section47Outcome;
    initialConferenceNotRequired?: boolean;
    findings?: string | null;
    childsAccount?: string | null;
    outcomeReasons?: string | null;
  },
) {
  return writeChildRecord(db, actor, async (trx) => {
    const enquiry = await trx
      .selectFrom('section_47_enquiries')
      .select('id')
      .where('id', '=', input.id)
      .where('child_id', '=', input.childId)
      .executeTakeFirst();
    if (!enquiry) throw new NotFoundError('Section 47 enquiry not found');
    await recordProgress(trx, actor, {
      table: 'section_47_enquiries',
      id: input.id,
      version: input.version,
      values: {
        end_date: input.endDate,
        outcome: input.outcome,
        findings: input.findings ?? null,
        childs_account: input.childsAccount ?? null,
        outcome_reasons: input.outcomeReasons ?? null,
      },
    });
    const record = await trx
      .updateTable('section_47_enquiries')
      .set({
        initial_conference_not_required:
          input.initialConferenceNotRequired ?? initialConferenceNotRequired(input.outcome),
      })
      .where('id', '=', input.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'section_47_enquiries', recordId: input.id, childIds: [input.childId] };
  });
}

interface ConferenceDetails {
  childId: number;
  date: string;
  /** Shared by the conferences of brothers and sisters recorded in one step. */
  recordedTogether?: string | null;
  /** The category of abuse the conference decided (the plan's initial or latest category). */
  category?: CategoryOfAbuse | null;
  childParticipation?: ChildParticipation | null;
  /** The child's views brought to the conference, in their own words, and how they were gathered. */
  wishesAndFeelings?: string | null;
  voiceGathered?: VoiceGatheredBy[];
  parentsParticipation?: ParentsParticipation | null;
  decisionReasons?: string | null;
  practiceRating?: PracticeRating | null;
  /** The chair: a worker who chairs conferences (conferenceChairRoles), in post on the day. */
  chairId?: number | null;
}

async function insertConference(
  trx: Kysely<Database>,
  actor: Actor,
  details: ConferenceDetails & {
    type: 'initial' | 'review';
    outcome: string;
    section47EnquiryId?: number | null;
    planId?: number | null;
  },
) {
  if (details.chairId)
    await chosenWorker(trx, {
      workerId: details.chairId,
      on: details.date,
      roles: conferenceChairRoles,
      field: 'chairId',
      message: 'Select the chair from the list: an independent reviewing officer in post on the day',
    });
  return trx
    .insertInto('child_protection_conferences')
    .values({
      child_id: details.childId,
      type: details.type,
      conference_date: details.date,
      section_47_enquiry_id: details.section47EnquiryId ?? null,
      child_protection_plan_id: details.planId ?? null,
      recorded_together: details.recordedTogether ?? null,
      outcome: details.outcome,
      category: details.category ?? null,
      child_participation: details.childParticipation ?? null,
      wishes_and_feelings: details.wishesAndFeelings ?? null,
      voice_gathered: details.voiceGathered ?? [],
      parents_participation: details.parentsParticipation ?? null,
      decision_reasons: details.decisionReasons ?? null,
      practice_rating: details.practiceRating ?? null,
      chair_worker_id: details.chairId ?? null,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface InitialConference extends ConferenceDetails {
  section47EnquiryId?: number | null;
  outcome: 'plan' | 'no-plan';
}

/** Records an initial conference; when it makes a plan, the plan starts that day in the same transaction. */
export function recordInitialConference(
  db: Kysely<Database>,
  actor: Actor,
  input: InitialConference,
): Promise<{ conference: ChildProtectionConference; plan: ChildProtectionPlan | undefined }> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const conference = await insertConference(trx, actor, { ...input, type: 'initial' });
      await created(trx, actor, input.childId, 'child_protection_conferences', conference.id, {
        outcome: input.outcome,
      });
      if (input.outcome !== 'plan') return { conference, plan: undefined };
      const plan = await trx
        .insertInto('child_protection_plans')
        .values({
          child_id: input.childId,
          conference_id: conference.id,
          start_date: conference.conference_date,
          initial_category: input.category!,
          latest_category: input.category!,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await created(trx, actor, input.childId, 'child_protection_plans', plan.id, { conferenceId: conference.id });
      return { conference, plan };
    }),
  );
}

/**
 * One write per child in one transaction, all or none. A refusal of a later child's own answer
 * (outcome, category, how they took part, their views) is put on that child's field (`category-<childId>`), as
 * the form asks it of each child.
 */
function forEachChild<I extends { childId: number; recordedTogether?: string | null }, R>(
  db: Kysely<Database>,
  inputs: readonly I[],
  write: (trx: Kysely<Database>, input: I) => Promise<R>,
): Promise<R[]> {
  const ownAnswers = ['outcome', 'category', 'childParticipation', 'wishesAndFeelings', 'voiceGathered'];
  const recordedTogether = togetherGroup(inputs);
  return inTransaction(db, async (trx) => {
    const written: R[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        written.push(await write(trx, { ...input, recordedTogether }));
      } catch (error) {
        if (index > 0 && error instanceof RecordIntegrityError && ownAnswers.includes(error.field))
          throw new RecordIntegrityError(`${error.field}-${input.childId}`, error.message, error.constraint);
        throw error;
      }
    }
    return written;
  });
}

/** One initial conference about brothers and sisters: each child's own conference, and plan when it makes one. */
export const recordInitialConferences = (db: Kysely<Database>, actor: Actor, inputs: readonly InitialConference[]) =>
  forEachChild(db, inputs, (trx, input) => recordInitialConference(trx, actor, input));

export interface ReviewConference extends ConferenceDetails {
  planId: number;
  outcome: 'continue' | 'end-plan';
}

/**
 * Records a review conference. A new category becomes the plan's latest category, and a plan the
 * conference ends ends that day, in the same transaction (the conference row keeps what it decided).
 */
export function recordReviewConference(
  db: Kysely<Database>,
  actor: Actor,
  input: ReviewConference,
): Promise<ChildProtectionConference> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const conference = await insertConference(trx, actor, { ...input, type: 'review' });
      await created(trx, actor, input.childId, 'child_protection_conferences', conference.id, {
        outcome: input.outcome,
      });
      const changes = {
        ...(input.category ? { latest_category: input.category } : {}),
        ...(input.outcome === 'end-plan' ? { end_date: conference.conference_date } : {}),
      };
      if (Object.keys(changes).length === 0) return conference;
      const plan = await trx
        .updateTable('child_protection_plans')
        .set({ ...changes, version: sql<number>`version + 1`, updated_by: actor.userId, updated_at: new Date() })
        .where('id', '=', input.planId)
        .where('child_id', '=', input.childId)
        .where('end_date', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!plan) throw new RecordIntegrityError('planId', 'This child protection plan has already ended', undefined);
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'child_protection_plans',
        recordId: input.planId,
        detail: { conferenceId: conference.id, fields: Object.keys(changes) },
      });
      return conference;
    }),
  );
}

/** One review conference about brothers and sisters, each on their own plan: each plan continues or ends on its own. */
export const recordReviewConferences = (db: Kysely<Database>, actor: Actor, inputs: readonly ReviewConference[]) =>
  forEachChild(db, inputs, (trx, input) => recordReviewConference(trx, actor, input));

/** Ends a plan away from a review conference (for example, the child moved to another council). */
export async function endChildProtectionPlan(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { endDate: string; reason: string },
) {
  const plan = await db
    .selectFrom('child_protection_plans')
    .select('start_date')
    .where('id', '=', input.id)
    .where('child_id', '=', input.childId)
    .executeTakeFirst();
  if (!plan) throw new NotFoundError('Child protection plan not found');
  const problem = planEndProblem(plan.start_date, input.endDate);
  if (problem) throw new RecordIntegrityError('endDate', problem, undefined);
  return recordStep(db, actor, {
    ...input,
    table: 'child_protection_plans',
    values: { end_date: input.endDate, end_reason: input.reason.trim() },
    step: input.reason.trim(),
  });
}

/** Local standard: a senior manager reviews the plan at 9 months — what they found and the direction they gave. */
export function recordSeniorManagerReview(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { reviewDate: string; finding?: string | null; direction?: string | null },
) {
  return recordStep(db, actor, {
    ...input,
    table: 'child_protection_plans',
    values: {
      senior_manager_review_date: input.reviewDate,
      senior_manager_finding: input.finding ?? null,
      senior_manager_direction: input.direction ?? null,
    },
    step: 'Senior manager review of the plan',
  });
}

export interface NewCoreGroupMeeting {
  childId: number;
  planId: number;
  date: string;
  notes?: string | null;
}

/** Records a core group meeting, or one about brothers and sisters each on a plan: a row on each child's plan, together or not at all. */
export function recordCoreGroupMeetings(
  db: Kysely<Database>,
  actor: Actor,
  meetings: readonly NewCoreGroupMeeting[],
): Promise<CoreGroupMeeting[]> {
  const together = togetherGroup(meetings);
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const recorded: CoreGroupMeeting[] = [];
      for (const input of meetings) {
        const meeting = await trx
          .insertInto('core_group_meetings')
          .values({
            child_id: input.childId,
            child_protection_plan_id: input.planId,
            meeting_date: input.date,
            notes: input.notes ?? null,
            recorded_together: together,
            created_by: actor.userId,
            updated_by: actor.userId,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await created(trx, actor, input.childId, 'core_group_meetings', meeting.id, { planId: input.planId });
        recorded.push(meeting);
      }
      return recorded;
    }),
  );
}

export const recordCoreGroupMeeting = async (db: Kysely<Database>, actor: Actor, input: NewCoreGroupMeeting) =>
  (await recordCoreGroupMeetings(db, actor, [input]))[0]!;

/**
 * The brothers' and sisters' enquiries started in the same step as this one: from discussions
 * recorded together, on the same day (an enquiry has no group of its own; its discussion has).
 */
export const enquiriesStartedWith = (db: Kysely<Database>, enquiry: Section47Enquiry) =>
  db
    .selectFrom('section_47_enquiries')
    .innerJoin('strategy_discussions', 'strategy_discussions.id', 'section_47_enquiries.strategy_discussion_id')
    .innerJoin('children', 'children.id', 'section_47_enquiries.child_id')
    .select([
      'section_47_enquiries.id',
      'section_47_enquiries.child_id',
      'children.forename',
      'children.surname',
      'children.preferred_name',
      'children.access_restriction',
    ])
    .where('strategy_discussions.discussed_together', '=', (eb) =>
      eb
        .selectFrom('strategy_discussions')
        .select('discussed_together')
        .where('id', '=', enquiry.strategy_discussion_id),
    )
    .where('section_47_enquiries.start_date', '=', enquiry.start_date)
    .where('section_47_enquiries.id', '<>', enquiry.id)
    .orderBy('children.date_of_birth')
    .orderBy('children.id')
    .execute();
