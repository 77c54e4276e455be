import type { WorkingWith } from '../../platform/access/recordScope.ts';

/** The care leaver's personal adviser. */
export const adviserIsThem: WorkingWith = async (db, user, childIds) => {
  const rows = await db
    .selectFrom('care_leavers')
    .select('child_id')
    .where('child_id', 'in', childIds)
    .where((eb) =>
      eb.or([
        eb('personal_adviser_user_id', '=', user.id),
        eb('personal_adviser_worker_id', 'in', eb.selectFrom('workers').select('id').where('user_id', '=', user.id)),
      ]),
    )
    .execute();
  return rows.map((row) => row.child_id);
};
