// Records made in one step for brothers and sisters: each child keeps their own row, and the rows
// share a group id, so each child's copy can say which others it was recorded together with.
import crypto from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The group id for rows written in one step: one only when they are for several children. */
export const togetherGroup = (rows: readonly unknown[]) => (rows.length > 1 ? crypto.randomUUID() : null);

/** Another child's copy of a record, with what naming them needs. */
export interface CopyTogether {
  id: number;
  child_id: number;
  forename: string;
  surname: string;
  preferred_name: string | null;
  access_restriction: string | null;
}

/**
 * The other children's copies of a record (each row whole, with the child's name): the rows of
 * `table` sharing its group (the column its store sets when it writes for several children in one
 * step), eldest first.
 */
export async function copiesTogether<Table extends keyof Database>(
  db: Kysely<Database>,
  table: Table,
  record: { id: number; group: string | null },
  groupColumn = 'recorded_together',
): Promise<(Selectable<Database[Table]> & CopyTogether)[]> {
  if (!record.group) return [];
  const { rows } = await sql<Selectable<Database[Table]> & CopyTogether>`
    select copy.*, children.forename, children.surname, children.preferred_name, children.access_restriction
    from ${sql.table(table)} as copy inner join children on children.id = copy.child_id
    where ${sql.ref(`copy.${groupColumn}`)} = ${record.group} and copy.id <> ${record.id}
    order by children.date_of_birth, children.id`.execute(db);
  return rows;
}
