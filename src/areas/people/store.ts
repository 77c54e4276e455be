import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { childRecordChanged, type Actor } from '../../platform/access/audit.ts';
import { explainConstraints, withIntegrity } from '../../platform/records/integrity.ts';
import type { Child } from './schema.ts';
import type { RelationshipType } from './codes.ts';
import { inTransaction } from '../../platform/db/transaction.ts';

explainConstraints({
  children_birth_known: {
    field: 'dateOfBirth',
    message: 'Enter the date of birth, or the expected date of birth for an unborn child',
  },
  children_death_after_birth: { field: 'dateOfDeath', message: 'Date of death must be on or after the date of birth' },
  children_upn: { field: 'upn', message: 'Another child already has this UPN' },
  children_nhs_number: { field: 'nhsNumber', message: 'Another child already has this NHS number' },
  children_upn_check: { field: 'upn', message: 'Enter a UPN of a letter, 11 digits and a final digit or letter' },
  children_nhs_number_check: { field: 'nhsNumber', message: 'Enter an NHS number of 10 digits' },
  children_nhs_number_check_digit: {
    field: 'nhsNumber',
    message: 'This is not a valid NHS number — check the 10 digits',
  },
  children_nhs_number_unknown_check: {
    field: 'nhsNumberUnknown',
    message: 'Select why the NHS number is not known from the list',
  },
  children_nhs_number_or_reason: {
    field: 'nhsNumberUnknown',
    message: 'The NHS number is recorded: it cannot also have a reason it is not known',
  },
  children_nhs_number_unknown_detail: {
    field: 'nhsNumberUnknownDetail',
    message: 'Enter why the NHS number is not known, for "Other reason" only',
  },
  children_nhs_number_unknown_detail_check: {
    field: 'nhsNumberUnknownDetail',
    message: 'Why the NHS number is not known must be 500 characters or fewer',
  },
  children_sex_check: { field: 'sex', message: 'Select the sex from the list' },
  children_ethnicity_check: { field: 'ethnicity', message: 'Select the ethnicity from the list' },
  relationships_not_self: { field: 'relatedChildId', message: 'A child cannot be related to themselves' },
  relationships_child_pair: { field: 'relatedChildId', message: 'These children are already linked in this way' },
  relationships_adult_pair: {
    field: 'relatedAdultId',
    message: 'This adult is already linked to the child in this way',
  },
  addresses_one_home_at_a_time: {
    field: 'startDate',
    message: 'This address overlaps another address for the child: end the old one first',
  },
  addresses_end_after_start: { field: 'endDate', message: 'The end date must be on or after the start date' },
  addresses_postcode_check: { field: 'postcode', message: 'Enter a full UK postcode, like SY1 1AA' },
  immigration_statuses_no_overlap: {
    field: 'startDate',
    message: 'This overlaps another immigration status for the child',
  },
});

export interface ChildDetails {
  forename: string;
  surname: string;
  preferredName?: string | null;
  dateOfBirth?: string | null;
  expectedDateOfBirth?: string | null;
  sex: 'M' | 'F' | 'U';
  ethnicity?: string;
  upn?: string | null;
  upnUnknown?: string | null;
  nhsNumber?: string | null;
  /** Why the NHS number is not known (nhsNumberUnknownReasons), and in words for "other". */
  nhsNumberUnknown?: string | null;
  nhsNumberUnknownDetail?: string | null;
  isSynthetic?: boolean;
}

/** Records a new child (or unborn child) and audits it in the same transaction. */
export function createChild(db: Kysely<Database>, actor: Actor, details: ChildDetails): Promise<Child> {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const child = await trx
        .insertInto('children')
        .values({
          forename: details.forename.trim(),
          surname: details.surname.trim(),
          preferred_name: details.preferredName ?? null,
          date_of_birth: details.dateOfBirth ?? null,
          expected_date_of_birth: details.expectedDateOfBirth ?? null,
          sex: details.sex,
          ethnicity: details.ethnicity ?? 'NOBT',
          upn: details.upn ?? null,
          upn_unknown: details.upnUnknown ?? null,
          nhs_number: details.nhsNumber ?? null,
          nhs_number_unknown: details.nhsNumberUnknown ?? null,
          nhs_number_unknown_detail: details.nhsNumberUnknownDetail ?? null,
          is_synthetic: details.isSynthetic ?? false,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(child.id),
        recordType: 'children',
        recordId: child.id,
        detail: { action: 'created' },
      });
      return child;
    }),
  );
}

export function linkChildren(
  db: Kysely<Database>,
  actor: Actor,
  link: { childId: number; relatedChildId: number; relationship: RelationshipType },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const row = await trx
        .insertInto('relationships')
        .values({ child_id: link.childId, related_child_id: link.relatedChildId, relationship: link.relationship })
        .returningAll()
        .executeTakeFirstOrThrow();
      // The link changes both children's family networks: each record's trail shows it.
      await childRecordChanged(trx, actor, {
        childId: String(link.childId),
        recordType: 'relationships',
        recordId: row.id,
        detail: { relatedChildId: link.relatedChildId },
      });
      await childRecordChanged(trx, actor, {
        childId: String(link.relatedChildId),
        recordType: 'relationships',
        recordId: row.id,
        detail: { relatedChildId: link.childId },
      });
      return row;
    }),
  );
}

interface AdultLink {
  childId: number;
  relationship: RelationshipType;
  hasParentalResponsibility?: boolean;
}

async function insertAdultLink(trx: Kysely<Database>, actor: Actor, link: AdultLink & { adultId: number }) {
  const row = await trx
    .insertInto('relationships')
    .values({
      child_id: link.childId,
      related_adult_id: link.adultId,
      relationship: link.relationship,
      has_parental_responsibility: link.hasParentalResponsibility ?? false,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await childRecordChanged(trx, actor, {
    childId: String(link.childId),
    recordType: 'relationships',
    recordId: row.id,
    detail: { adultId: link.adultId },
  });
  return row;
}

/** Links an adult already in Harbour to the child. */
export function linkAdult(db: Kysely<Database>, actor: Actor, link: AdultLink & { adultId: number }) {
  return withIntegrity(() => inTransaction(db, (trx) => insertAdultLink(trx, actor, link)));
}

/** Records an adult new to Harbour and links them to the child in one audited transaction. */
export function addAdultToNetwork(
  db: Kysely<Database>,
  actor: Actor,
  input: AdultLink & { forename: string; surname: string; dateOfBirth?: string | null },
) {
  return withIntegrity(() =>
    inTransaction(db, async (trx) => {
      const adult = await trx
        .insertInto('adults')
        .values({
          forename: input.forename.trim(),
          surname: input.surname.trim(),
          date_of_birth: input.dateOfBirth ?? null,
          created_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await childRecordChanged(trx, actor, {
        childId: String(input.childId),
        recordType: 'adults',
        recordId: adult.id,
        detail: { action: 'created' },
      });
      const relationship = await insertAdultLink(trx, actor, { ...input, adultId: adult.id });
      return { adult, relationship };
    }),
  );
}

export interface FamilyMember {
  kind: 'child' | 'adult';
  id: number;
  name: string;
  dateOfBirth: string | null;
  relationship: string;
  /** A related child's restriction, so pages can withhold a record the viewer may not open. */
  accessRestriction: string | null;
  hasParentalResponsibility: boolean;
}

/** The child's family network: related children (read both ways) and adults. */
export async function familyNetwork(db: Kysely<Database>, childId: number): Promise<FamilyMember[]> {
  // Children and adults read together: the child's page waits on the network before the family's statuses.
  const [children, adults] = await Promise.all([
    sql<{
      id: number;
      name: string;
      date_of_birth: string | null;
      relationship: string;
      access_restriction: string | null;
    }>`
    select c.id, c.forename || ' ' || c.surname as name, c.date_of_birth, r.relationship, c.access_restriction
    from relationships r join children c on c.id = r.related_child_id
    where r.child_id = ${childId}
    union all
    select c.id, c.forename || ' ' || c.surname as name, c.date_of_birth, r.relationship, c.access_restriction
    from relationships r join children c on c.id = r.child_id
    where r.related_child_id = ${childId}
    order by date_of_birth nulls last, id`.execute(db),
    db
      .selectFrom('relationships')
      .innerJoin('adults', 'adults.id', 'relationships.related_adult_id')
      .select([
        'adults.id',
        'adults.forename',
        'adults.surname',
        'adults.date_of_birth',
        'relationships.relationship',
        'relationships.has_parental_responsibility',
      ])
      .where('relationships.child_id', '=', childId)
      .orderBy('adults.id')
      .execute(),
  ]);
  return [
    ...children.rows.map((row) => ({
      kind: 'child' as const,
      id: row.id,
      name: row.name,
      dateOfBirth: row.date_of_birth,
      relationship: row.relationship,
      accessRestriction: row.access_restriction,
      hasParentalResponsibility: false,
    })),
    ...adults.map((row) => ({
      kind: 'adult' as const,
      id: row.id,
      name: `${row.forename} ${row.surname}`,
      dateOfBirth: row.date_of_birth,
      relationship: row.relationship,
      accessRestriction: null,
      hasParentalResponsibility: row.has_parental_responsibility,
    })),
  ];
}

/** Brothers and sisters (full, half and step), for "add the siblings" and chronologies that include them. */
export async function siblingIds(db: Kysely<Database>, childId: number): Promise<number[]> {
  const network = await familyNetwork(db, childId);
  return network
    .filter((member) => member.kind === 'child' && ['sibling', 'half-sibling'].includes(member.relationship))
    .map((member) => member.id);
}
