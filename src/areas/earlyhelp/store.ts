import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, withIntegrity } from '../../platform/records/integrity.ts';
import { recordStep, type RecordRef } from '../../platform/records/writes.ts';
import type { EarlyHelpEpisode } from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

explainConstraints({
  early_help_episodes_end_after_start: { field: 'endDate', message: 'The end date must be on or after the start date' },
  early_help_episodes_no_overlap: {
    field: 'startDate',
    message: 'This overlaps another early help episode for the child: end the earlier one first',
  },
  early_help_episodes_one_open: {
    field: 'startDate',
    message: 'The child already has an open early help episode: end it first',
  },
  early_help_episodes_contact: { field: 'contactId', message: 'Select a contact about this child' },
  early_help_episodes_step_down_reason: {
    field: 'stepDownReason',
    message: 'Enter the date and reason for the step-down from social care',
  },
  early_help_episodes_step_up_reason: {
    field: 'stepUpReason',
    message: 'Enter the date and reason for the step-up to social care',
  },
  early_help_episodes_step_up_in_episode: {
    field: 'steppedUpOn',
    message: 'The step-up date must be within the early help episode',
  },
  early_help_episodes_stepped_down_from: {
    field: 'steppedDownFromReferralId',
    message: 'Select a referral for this child',
  },
  early_help_episodes_stepped_up_to: { field: 'steppedUpToReferralId', message: 'Select a referral for this child' },
  early_help_episodes_lead_professional_check: { field: 'leadProfessional', message: 'Enter the lead professional' },
  early_help_episodes_lead_organisation_check: { field: 'leadOrganisation', message: 'Enter the lead organisation' },
});

export interface NewEarlyHelpEpisode {
  childId: number;
  startDate: string;
  leadProfessional: string;
  leadOrganisation: string;
  /** The contact whose decision was early help. */
  contactId?: number | null;
  /** Stepped down from children's social care: when, why and from which CIN episode. */
  stepDown?: { date: string; reason: string; referralId?: number | null };
}

export function startEarlyHelp(
  db: Kysely<Database>,
  actor: Actor,
  input: NewEarlyHelpEpisode,
): Promise<EarlyHelpEpisode> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const episode = await trx
        .insertInto('early_help_episodes')
        .values({
          child_id: input.childId,
          start_date: input.startDate,
          lead_professional: input.leadProfessional.trim(),
          lead_organisation: input.leadOrganisation.trim(),
          contact_id: input.contactId ?? null,
          stepped_down_on: input.stepDown?.date ?? null,
          step_down_reason: input.stepDown?.reason.trim() ?? null,
          stepped_down_from_referral_id: input.stepDown?.referralId ?? null,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'early_help_episodes',
        recordId: episode.id,
        detail: { action: 'created' },
      });
      return episode;
    }),
  );
}

/** Steps the child up to children's social care; the history keeps who did it and when. */
export function stepUpToSocialCare(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { steppedUpOn: string; reason: string; referralId?: number | null },
) {
  return recordStep(db, actor, {
    table: 'early_help_episodes',
    id: input.id,
    childId: input.childId,
    version: input.version,
    values: {
      stepped_up_on: input.steppedUpOn,
      step_up_reason: input.reason.trim(),
      stepped_up_to_referral_id: input.referralId ?? null,
    },
    step: 'Stepped up to children’s social care',
  });
}

export function endEarlyHelp(
  db: Kysely<Database>,
  actor: Actor,
  input: RecordRef & { endDate: string; endReason: string },
) {
  return recordStep(db, actor, {
    table: 'early_help_episodes',
    id: input.id,
    childId: input.childId,
    version: input.version,
    values: { end_date: input.endDate, end_reason: input.endReason.trim() },
    step: 'Early help episode ended',
  });
}

/** The child's early help episodes, newest first. */
export const earlyHelpEpisodesOf = (db: Kysely<Database>, childId: number): Promise<EarlyHelpEpisode[]> =>
  db
    .selectFrom('early_help_episodes')
    .selectAll()
    .where('child_id', '=', childId)
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
