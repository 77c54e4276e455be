import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

/**
 * The care leavers whose personal adviser this person is: as the worker chosen from the workforce
 * (0093), or as the Harbour account recorded before advisers were workers.
 */
export const advisedBy = (userId: number) => (eb: ExpressionBuilder<Database, 'care_leavers'>) =>
  eb.or([
    eb('care_leavers.personal_adviser_user_id', '=', userId),
    eb(
      'care_leavers.personal_adviser_worker_id',
      'in',
      eb.selectFrom('workers').select('workers.id').where('workers.user_id', '=', userId),
    ),
  ]);

/** Whether this person is personal adviser to any young person (My work then links their birthday contacts). */
export const advisesAnyYoungPerson = async (db: Kysely<Database>, userId: number) =>
  Boolean(
    await db.selectFrom('care_leavers').select('care_leavers.id').where(advisedBy(userId)).limit(1).executeTakeFirst(),
  );
