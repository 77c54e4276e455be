// A council's past SSDA903 OC3 rows loaded as care leaver contacts, in the caller's transaction.
// The return says whether the young person was in touch around a birthday (17th to 21st) and
// gives no date: the contact is kept on that birthday, which the in-touch window reads as on time.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { Actor } from '../../platform/access/audit.ts';
import { RecordIntegrityError } from '../../platform/records/integrity.ts';
import { importForChild, type ImportedFrom } from '../../platform/records/imported.ts';

/** One 903 OC3 row: IN_TOUCH, ACTIV (null for 0), ACCOM split into its letter and suitability. */
export interface ImportedCareLeaverContact {
  contactDate: string;
  inTouch: string;
  activity: string | null;
  accommodation: string | null;
  accommodationSuitable: boolean | null;
}

export function importCareLeaverContacts(
  db: Kysely<Database>,
  actor: Actor,
  childId: number,
  contacts: readonly ImportedCareLeaverContact[],
  origin: ImportedFrom,
): Promise<{ added: number; unchanged: number }> {
  // The leaving care area has no column for where a record came from: the trail says it.
  return importForChild(db, actor, { childId, recordType: 'care_leaver_contacts', origin }, async (trx) => {
    const tally = { added: 0, unchanged: 0 };
    for (const contact of contacts) {
      const held = await trx
        .selectFrom('care_leaver_contacts')
        .select(['in_touch', 'activity', 'accommodation', 'accommodation_suitable'])
        .where('child_id', '=', childId)
        .where('contact_date', '=', contact.contactDate)
        .executeTakeFirst();
      if (held) {
        const same =
          held.in_touch === contact.inTouch &&
          held.activity === contact.activity &&
          held.accommodation === contact.accommodation &&
          held.accommodation_suitable === contact.accommodationSuitable;
        if (!same)
          throw new RecordIntegrityError(
            'contactDate',
            `Harbour holds a different care leaver contact on ${contact.contactDate} (in touch ${held.in_touch}, activity ${held.activity ?? 'none'}, accommodation ${held.accommodation ?? 'none'})`,
            undefined,
          );
        tally.unchanged++;
        continue;
      }
      await trx
        .insertInto('care_leaver_contacts')
        .values({
          child_id: childId,
          contact_date: contact.contactDate,
          in_touch: contact.inTouch,
          activity: contact.activity,
          accommodation: contact.accommodation,
          accommodation_suitable: contact.accommodationSuitable,
          created_by: actor.userId,
          updated_by: actor.userId,
        })
        .execute();
      tally.added++;
    }
    return tally;
  });
}
