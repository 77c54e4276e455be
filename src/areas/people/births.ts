// The births of a young person's own children (SSDA903 Header MOTHER and MC_DOB, the date of birth of
// her first child): a fact about the person that stays true after care, so people keeps it. The baby
// need not have a record in Harbour; when they do, the family network's parent relationship says so too.
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import type { DateColumn, Id, Tracked } from '../../platform/db/columns.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';
import { explainConstraints, RecordIntegrityError } from '../../platform/records/integrity.ts';
import { writeChildRecord } from '../../platform/records/writes.ts';

interface BirthsToYoungPeopleTable extends Tracked {
  id: Id;
  /** The young person who gave birth. */
  child_id: number;
  born_on: DateColumn;
  /** Loaded from a past 903's Header MC_DOB (0141). */
  imported_from: ImportedFrom | null;
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    births_to_young_people: BirthsToYoungPeopleTable;
  }
}

explainConstraints({
  births_to_young_people_one_a_day: { field: 'bornOn', message: 'A birth is already recorded on this date' },
});

/** The youngest a mother is taken to be: 903 rule 620 queries one under 11. */
export const youngestMother = 10;

/** Why a birth on a day cannot be the young person's (before she was 10), or null when it can. */
export function implausibleBirth(motherBorn: string | null, bornOn: string): string | null {
  if (motherBorn === null) return null;
  const tenth = Temporal.PlainDate.from(motherBorn).add({ years: youngestMother });
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(bornOn), tenth) < 0
    ? `The date of birth must be after the young person’s ${youngestMother}th birthday`
    : null;
}

/** The birth of the young person's child on a day. */
export function recordBirth(
  db: Kysely<Database>,
  actor: Actor,
  birth: { childId: number; motherBorn: string | null; bornOn: string },
) {
  const refused = implausibleBirth(birth.motherBorn, birth.bornOn);
  if (refused) return Promise.reject(new RecordIntegrityError('bornOn', refused, undefined));
  return writeChildRecord(db, actor, async (trx) => {
    const record = await trx
      .insertInto('births_to_young_people')
      .values({ child_id: birth.childId, born_on: birth.bornOn, created_by: actor.userId, updated_by: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { record, recordType: 'births_to_young_people', recordId: record.id, childIds: [birth.childId] };
  });
}

/** The births of the young person's children, first born first. */
export const birthsOf = (db: Kysely<Database>, childId: number) =>
  db.selectFrom('births_to_young_people').selectAll().where('child_id', '=', childId).orderBy('born_on').execute();

/** A 903 Header's MOTHER and MC_DOB (already checked: a mother has MC_DOB, else there is none). */
export interface ImportedMotherhood {
  mother: boolean;
  firstChildBorn: string | null;
  /** The return's last day: MOTHER 0 says she had no child by then. */
  yearEnd: string | null;
}

const refusal = (message: string) => new RecordIntegrityError('mother', message, undefined);

/**
 * Loads a Header's motherhood, in the caller's transaction: MC_DOB is the first child's birth, so it
 * is recorded unless Harbour holds it; a birth Harbour holds before it, or by the year's end when
 * MOTHER is 0, refuses the child, since which is right is for a person to decide.
 */
export function importMotherhood(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  motherhood: ImportedMotherhood | null,
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  return importForChild(db, actor, { childId, recordType: 'births_to_young_people', origin }, async (trx) => {
    if (!motherhood) return { added: 0, unchanged: 0 };
    const first = (await birthsOf(trx, childId))[0]?.born_on ?? null;
    if (!motherhood.mother) {
      if (first !== null && (motherhood.yearEnd === null || first <= motherhood.yearEnd))
        throw refusal(`Harbour holds the birth of her child on ${first}; the return says MOTHER 0`);
      return { added: 0, unchanged: first === null ? 0 : 1 };
    }
    const given = motherhood.firstChildBorn!;
    if (first === given) return { added: 0, unchanged: 1 };
    if (first !== null && first < given)
      throw refusal(`Harbour holds the birth of her child on ${first}, before the return's first child's ${given}`);
    const held = await trx.selectFrom('children').select('date_of_birth').where('id', '=', childId).executeTakeFirst();
    if (implausibleBirth(held?.date_of_birth ?? null, given))
      throw refusal(`MC_DOB ${given} is before the young person's ${youngestMother}th birthday`);
    await trx
      .insertInto('births_to_young_people')
      .values({
        child_id: childId,
        born_on: given,
        imported_from: origin,
        created_by: actor.userId,
        updated_by: actor.userId,
      })
      .execute();
    return { added: 1, unchanged: 0 };
  });
}
