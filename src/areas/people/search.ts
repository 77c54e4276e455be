import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';

export interface ChildSearch {
  /** A name (or part of one), a Harbour ID, a UPN or an NHS number. */
  text?: string | undefined;
  dateOfBirth?: string | undefined;
}

export interface ChildSearchResult {
  id: number;
  forename: string;
  surname: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  expected_date_of_birth: string | null;
  access_restriction: string | null;
  address: string | null;
  worker_name: string | null;
  team_name: string | null;
}

const upnPattern = /^[A-Z]\d{11}[0-9A-Z]$/;
const nhsPattern = /^\d{10}$/;

/** The children a search matches, before anything is joined to them. */
function matching(db: Kysely<Database>, search: ChildSearch) {
  const text = (search.text ?? '').trim();
  const compact = text.replace(/\s+/g, '').toUpperCase();
  let query = db.selectFrom('children');
  if (/^\d{1,9}$/.test(compact)) query = query.where('children.id', '=', Number(compact));
  else if (upnPattern.test(compact)) query = query.where('children.upn', '=', compact);
  else if (nhsPattern.test(compact)) query = query.where('children.nhs_number', '=', compact);
  else {
    // Every word in any of the names: the expression of the trigram index (people migration 0054).
    for (const term of text.toLowerCase().split(/\s+/).filter(Boolean)) {
      const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(
        sql<boolean>`lower(children.forename || ' ' || children.surname || ' ' || coalesce(children.preferred_name, '')) like ${like}`,
      );
    }
  }
  if (search.dateOfBirth)
    query = query.where((eb) =>
      eb.or([
        eb('children.date_of_birth', '=', search.dateOfBirth!),
        eb('children.expected_date_of_birth', '=', search.dateOfBirth!),
      ]),
    );
  return query;
}

/** How many children a search matches, for the pages of its results. */
export async function countChildren(db: Kysely<Database>, search: ChildSearch): Promise<number> {
  const row = await matching(db, search)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * A page of the children a search matches, in name order, with enough about each to tell children
 * of the same name apart: date of birth, address, worker.
 */
export async function findChildren(
  db: Kysely<Database>,
  search: ChildSearch,
  today: string,
  page: { limit: number; offset?: number } = { limit: 50 },
): Promise<ChildSearchResult[]> {
  return matching(db, search)
    .leftJoin('addresses', (join) =>
      join
        .onRef('addresses.child_id', '=', 'children.id')
        .on('addresses.start_date', '<=', today)
        .on((eb) => eb.or([eb('addresses.end_date', 'is', null), eb('addresses.end_date', '>=', today)])),
    )
    .leftJoin('allocations', (join) =>
      join
        .onRef('allocations.child_id', '=', 'children.id')
        .on('allocations.start_date', '<=', today)
        .on((eb) => eb.or([eb('allocations.end_date', 'is', null), eb('allocations.end_date', '>', today)])),
    )
    .leftJoin('workers', 'workers.id', 'allocations.worker_id')
    .leftJoin('teams', 'teams.id', 'allocations.team_id')
    .select([
      'children.id',
      'children.forename',
      'children.surname',
      'children.preferred_name',
      'children.date_of_birth',
      'children.expected_date_of_birth',
      'children.access_restriction',
      sql<string | null>`addresses.line1 || ', ' || addresses.postcode`.as('address'),
      'workers.name as worker_name',
      'teams.name as team_name',
    ])
    .orderBy('children.surname')
    .orderBy('children.forename')
    .orderBy('children.id')
    .limit(page.limit)
    .offset(page.offset ?? 0)
    .execute();
}

/**
 * Children who may be the same as one about to be recorded: the same NHS number or UPN, or the
 * same date of birth and surname or first name. Shown before a new record is made.
 */
export async function likelyDuplicates(
  db: Kysely<Database>,
  person: {
    forename: string;
    surname: string;
    dateOfBirth?: string | null;
    nhsNumber?: string | null;
    upn?: string | null;
  },
  today: string,
): Promise<ChildSearchResult[]> {
  const ids = await db
    .selectFrom('children')
    .select('id')
    .where((eb) => {
      const matches = [];
      if (person.nhsNumber) matches.push(eb('nhs_number', '=', person.nhsNumber));
      if (person.upn) matches.push(eb('upn', '=', person.upn));
      if (person.dateOfBirth) {
        matches.push(
          eb.and([
            eb.or([
              eb('date_of_birth', '=', person.dateOfBirth),
              eb('expected_date_of_birth', '=', person.dateOfBirth),
            ]),
            eb.or([
              eb(eb.fn('lower', ['surname']), '=', person.surname.trim().toLowerCase()),
              eb(eb.fn('lower', ['forename']), '=', person.forename.trim().toLowerCase()),
            ]),
          ]),
        );
      }
      return matches.length ? eb.or(matches) : eb.val(false);
    })
    .limit(20)
    .execute();
  if (ids.length === 0) return [];
  const all = await Promise.all(ids.map((row) => findChildren(db, { text: String(row.id) }, today, { limit: 1 })));
  return all.flat();
}
