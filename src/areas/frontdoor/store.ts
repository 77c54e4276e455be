import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { NotFoundError } from '../../core/errors.ts';
import { explainConstraints, RecordIntegrityError, withIntegrity } from '../../platform/records/integrity.ts';
import type { ConsentStatus, ContactOutcome, LevelOfNeed } from './codes.ts';
import type { ReferralSource } from '../assessment/index.ts';
import { consentProblem, contactChildren, decisionTimeProblem } from './model.ts';
import type { Contact, ContactDecision } from './schema.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

explainConstraints({
  contacts_source_check: { field: 'source', message: 'Select the source of the contact from the list' },
  contacts_level_of_need_check: { field: 'levelOfNeed', message: 'Select a level of need from 1 to 4' },
  contacts_consent_check: { field: 'consent', message: 'Select whether consent was given, not given or overridden' },
  contacts_consent_override_reason: {
    field: 'consentOverrideReason',
    message: 'Enter the reason consent was overridden',
  },
  contacts_concerns_check: { field: 'concerns', message: 'Enter the concerns' },
  contact_children_pkey: { field: 'childIds', message: 'This child is already on the contact' },
  contact_children_child_id_fkey: { field: 'childIds', message: 'Select a child who has a record' },
  contact_decisions_one_per_contact: {
    field: 'outcome',
    message: 'A decision has already been recorded on this contact',
  },
  contact_decisions_contact: { field: 'contactId', message: 'The contact this decision is about does not exist' },
  contact_decisions_after_received: {
    field: 'decidedAt',
    message: 'The decision must be on or after the time the contact was received',
  },
  contact_decisions_outcome_check: { field: 'outcome', message: 'Select the decision from the list' },
  contact_decisions_reasons_check: { field: 'reasons', message: 'Enter the reasons for the decision' },
});

export interface NewContact {
  childIds: number[];
  receivedAt: Date | string;
  source: ReferralSource;
  sourceDetail?: string | null;
  levelOfNeed?: LevelOfNeed | null;
  consent: ConsentStatus;
  consentOverrideReason?: string | null;
  domesticAbuseNotification?: boolean;
  outOfHours?: boolean;
  concerns: string;
}

export interface ContactRecord {
  contact: Contact;
  childIds: number[];
  decision: ContactDecision | undefined;
}

/** Records a contact about one or more children: a row per child, each child's record audited. */
export function recordContact(db: Kysely<Database>, actor: Actor, input: NewContact): Promise<ContactRecord> {
  const childIds = contactChildren(input.childIds);
  if (!Array.isArray(childIds))
    return Promise.reject(new RecordIntegrityError(childIds.field, childIds.message, undefined));
  const consent = consentProblem(input.consent, input.consentOverrideReason);
  if (consent) return Promise.reject(new RecordIntegrityError(consent.field, consent.message, undefined));
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const contact = await trx
        .insertInto('contacts')
        .values({
          received_at: input.receivedAt,
          source: input.source,
          source_detail: input.sourceDetail ?? null,
          level_of_need: input.levelOfNeed ?? null,
          consent: input.consent,
          consent_override_reason: input.consent === 'overridden' ? input.consentOverrideReason!.trim() : null,
          domestic_abuse_notification: input.domesticAbuseNotification ?? false,
          out_of_hours: input.outOfHours ?? false,
          concerns: input.concerns.trim(),
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('contact_children')
        .values(childIds.map((childId) => ({ contact_id: contact.id, child_id: childId })))
        .execute();
      for (const childId of childIds) {
        await childRecordChanged(trx, actor, {
          childId: String(childId),
          recordType: 'contacts',
          recordId: contact.id,
          detail: { action: 'created' },
        });
      }
      return { contact, childIds, decision: undefined };
    }),
  );
}

export interface NewContactDecision {
  contactId: number;
  decidedAt: Date | string;
  outcome: ContactOutcome;
  reasons: string;
  /** The person who made the decision, when not the person recording it. */
  decidedBy?: number | null;
}

/** Records the one decision on a contact; it stays on every child's record whatever the outcome. */
export function decideContact(db: Kysely<Database>, actor: Actor, input: NewContactDecision): Promise<ContactDecision> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const contact = await trx
        .selectFrom('contacts')
        .select(['id', 'received_at'])
        .where('id', '=', input.contactId)
        .executeTakeFirst();
      if (!contact) throw new NotFoundError('Contact not found');
      const late = decisionTimeProblem(contact.received_at, new Date(input.decidedAt));
      if (late) throw new RecordIntegrityError(late.field, late.message, undefined);
      const decision = await trx
        .insertInto('contact_decisions')
        .values({
          contact_id: contact.id,
          contact_received_at: contact.received_at,
          decided_at: input.decidedAt,
          outcome: input.outcome,
          reasons: input.reasons.trim(),
          decided_by: input.decidedBy ?? actor.userId,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      for (const childId of await childrenOf(trx, contact.id)) {
        await childRecordChanged(trx, actor, {
          childId: String(childId),
          recordType: 'contact_decisions',
          recordId: decision.id,
          detail: { contactId: contact.id, outcome: input.outcome },
        });
      }
      return decision;
    }),
  );
}

async function childrenOf(executor: Kysely<Database>, contactId: number): Promise<number[]> {
  const rows = await executor
    .selectFrom('contact_children')
    .select('child_id')
    .where('contact_id', '=', contactId)
    .orderBy('child_id')
    .execute();
  return rows.map((row) => row.child_id);
}

/** A contact with its children and decision (its page audits the view of each child's record). */
export async function contactRecord(db: Kysely<Database>, contactId: number): Promise<ContactRecord | undefined> {
  const contact = await db.selectFrom('contacts').selectAll().where('id', '=', contactId).executeTakeFirst();
  if (!contact) return undefined;
  const childIds = await childrenOf(db, contactId);
  const decision = await db
    .selectFrom('contact_decisions')
    .selectAll()
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  return { contact, childIds, decision };
}

/** The contacts about a child, newest first, each with its decision. */
export async function childContacts(db: Kysely<Database>, childId: number) {
  const contacts = await db
    .selectFrom('contact_children')
    .innerJoin('contacts', 'contacts.id', 'contact_children.contact_id')
    .leftJoin('contact_decisions', 'contact_decisions.contact_id', 'contacts.id')
    .select([
      'contacts.id',
      'contacts.received_at',
      'contacts.source',
      'contacts.level_of_need',
      'contacts.domestic_abuse_notification',
      'contacts.out_of_hours',
      'contact_decisions.decided_at',
      'contact_decisions.outcome',
    ])
    .where('contact_children.child_id', '=', childId)
    .orderBy('contacts.received_at', 'desc')
    .orderBy('contacts.id', 'desc')
    .execute();
  return contacts;
}
