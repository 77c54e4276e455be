// What each agency contributed to a strategy discussion and to a section 47 enquiry (Working
// Together 2026): recorded once per agency at a discussion, dated at an enquiry, and corrected only
// with a reason (amendRecord keeps what was there before).
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { amendRecord } from '../../platform/records/amend.ts';
import { NotFoundError } from '../../core/errors.ts';
import { longDate } from '../../core/dateText.ts';
import type { Agency } from './codes.ts';

explainConstraints({
  strategy_discussion_contributions_once: {
    field: 'agency',
    message: 'This agency’s contribution is already recorded: correct it instead',
  },
  strategy_discussion_contributions_discussion: {
    field: 'agency',
    message: 'Contributions are recorded for a strategy discussion that was held: record it as held first',
  },
  strategy_discussion_contributions_absence: {
    field: 'absenceReason',
    message: 'Enter why the agency did not take part (and only when it did not)',
  },
  strategy_discussion_contributions_agency_known: { field: 'agency', message: 'Select the agency from the list' },
  section_47_contributions_agency_known: { field: 'agency', message: 'Select the agency from the list' },
});

/** What an agency brought: the information it shared, its view and the actions it takes. */
export interface Contribution {
  informationShared: string | null;
  agencyView: string | null;
  actions: string | null;
}

const contributionColumns = (contribution: Contribution) => ({
  information_shared: contribution.informationShared,
  agency_view: contribution.agencyView,
  actions: contribution.actions,
});

export interface DiscussionContribution extends Contribution {
  childId: number;
  discussionId: number;
  agency: Agency;
  tookPart: boolean;
  absenceReason: string | null;
}

/** Records one agency's part in a held strategy discussion, or why it took no part. */
export function recordDiscussionContribution(db: Kysely<Database>, actor: Actor, input: DiscussionContribution) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const discussion = await trx
        .selectFrom('strategy_discussions')
        .select(['held_date'])
        .where('id', '=', input.discussionId)
        .where('child_id', '=', input.childId)
        .executeTakeFirst();
      if (!discussion) throw new NotFoundError('strategy discussion not found');
      if (!discussion.held_date)
        throw new RecordIntegrityError('agency', 'Record the strategy discussion as held first', undefined);
      const row = await trx
        .insertInto('strategy_discussion_contributions')
        .values({
          strategy_discussion_id: input.discussionId,
          child_id: input.childId,
          held_date: discussion.held_date,
          agency: input.agency,
          took_part: input.tookPart,
          absence_reason: input.tookPart ? null : input.absenceReason,
          ...contributionColumns(input),
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'strategy_discussion_contributions',
        recordId: row.id,
        reason: 'Agency’s contribution to the strategy discussion recorded',
        detail: { strategyDiscussionId: input.discussionId, agency: input.agency },
      });
      return row;
    }),
  );
}

export interface EnquiryContribution extends Contribution {
  childId: number;
  enquiryId: number;
  agency: Agency;
  contributedOn: string;
}

/** Records what an agency contributed to a section 47 enquiry on a day within it. */
export function recordEnquiryContribution(db: Kysely<Database>, actor: Actor, input: EnquiryContribution) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const enquiry = await trx
        .selectFrom('section_47_enquiries')
        .select(['start_date', 'end_date'])
        .where('id', '=', input.enquiryId)
        .where('child_id', '=', input.childId)
        .executeTakeFirst();
      if (!enquiry) throw new NotFoundError('section 47 enquiry not found');
      if (input.contributedOn < enquiry.start_date || (enquiry.end_date && input.contributedOn > enquiry.end_date))
        throw new RecordIntegrityError(
          'contributedOn',
          enquiry.end_date
            ? `The date must be between ${longDate(enquiry.start_date)} and ${longDate(enquiry.end_date)}, while the enquiry was under way`
            : `The date must be on or after ${longDate(enquiry.start_date)}, when the enquiry started`,
          undefined,
        );
      if (!input.informationShared)
        throw new RecordIntegrityError('informationShared', 'Enter the information the agency shared', undefined);
      const row = await trx
        .insertInto('section_47_contributions')
        .values({
          section_47_enquiry_id: input.enquiryId,
          child_id: input.childId,
          agency: input.agency,
          contributed_on: input.contributedOn,
          ...contributionColumns(input),
          information_shared: input.informationShared,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'section_47_contributions',
        recordId: row.id,
        reason: 'Agency’s contribution to the section 47 enquiry recorded',
        detail: { section47EnquiryId: input.enquiryId, agency: input.agency },
      });
      return row;
    }),
  );
}

/** Corrects what an agency's contribution to a strategy discussion says, keeping what it said and why it changed. */
export const correctDiscussionContribution = (
  db: Kysely<Database>,
  actor: Actor,
  correction: {
    childId: number;
    id: number;
    version: number;
    reason: string;
    tookPart: boolean;
    absenceReason: string | null;
  } & Contribution,
) =>
  amendRecord(db, actor, {
    table: 'strategy_discussion_contributions',
    recordId: correction.id,
    childId: correction.childId,
    version: correction.version,
    reason: correction.reason,
    changes: {
      took_part: correction.tookPart,
      absence_reason: correction.tookPart ? null : correction.absenceReason,
      ...contributionColumns(correction),
    },
  });

/** The agencies' contributions to a strategy discussion, in the order the agency list gives them. */
export const discussionContributions = (db: Kysely<Database>, discussionId: number) =>
  db
    .selectFrom('strategy_discussion_contributions')
    .selectAll()
    .where('strategy_discussion_id', '=', discussionId)
    .orderBy('id')
    .execute();

/** The agencies' contributions to a section 47 enquiry, in date order. */
export const enquiryContributions = (db: Kysely<Database>, enquiryId: number) =>
  db
    .selectFrom('section_47_contributions')
    .selectAll()
    .where('section_47_enquiry_id', '=', enquiryId)
    .orderBy('contributed_on')
    .orderBy('id')
    .execute();
