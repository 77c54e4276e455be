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

/**
 * The most children a search lists. Past it the count stops ("more than 500") and the person is
 * asked to narrow the search: no one reads 500 names, and counting or ordering every match of
 * three letters would read a tenth of the county.
 */
export const searchCap = 500;

/** Every name of a child in one lower-case string: the expression of the trigram index (people migration 0054). */
const allNames = sql<string>`lower(children.forename || ' ' || children.surname || ' ' || coalesce(children.preferred_name, ''))`;
/** The order of names in results, byte by byte so that indexes serve it (people migration 0058). */
const surnameKey = sql<string>`lower(children.surname) collate "C"`;
const forenameKey = sql<string>`lower(children.forename) collate "C"`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What the search text is: a Harbour ID, a UPN, an NHS number, or the words of a name (lower case). */
type SearchText =
  | { kind: 'id'; id: number }
  | { kind: 'upn'; code: string }
  | { kind: 'nhs'; code: string }
  | { kind: 'names'; words: string[] };

function searchText(search: ChildSearch): SearchText {
  const text = (search.text ?? '').trim();
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (/^\d{1,9}$/.test(compact)) return { kind: 'id', id: Number(compact) };
  if (upnPattern.test(compact)) return { kind: 'upn', code: compact };
  if (nhsPattern.test(compact)) return { kind: 'nhs', code: compact };
  return { kind: 'names', words: text.toLowerCase().split(/\s+/).filter(Boolean) };
}

/** The words of a name search; none when the text is an ID, a UPN or an NHS number. */
const nameWords = (search: ChildSearch) => {
  const text = searchText(search);
  return text.kind === 'names' ? text.words : [];
};

/** The children a search matches, before anything is joined to them; `implied`, a word already known to match. */
function matching(db: Kysely<Database>, search: ChildSearch, implied?: string) {
  const text = searchText(search);
  let query = db.selectFrom('children');
  if (text.kind === 'id') query = query.where('children.id', '=', text.id);
  else if (text.kind === 'upn') query = query.where('children.upn', '=', text.code);
  else if (text.kind === 'nhs') query = query.where('children.nhs_number', '=', text.code);
  // Every word in any of the names.
  else
    for (const word of text.words.filter((word) => word !== implied))
      query = query.where(sql<boolean>`${allNames} like ${`%${escapeLike(word)}%`}`);
  if (search.dateOfBirth)
    query = query.where((eb) =>
      eb.or([
        eb('children.date_of_birth', '=', search.dateOfBirth!),
        eb('children.expected_date_of_birth', '=', search.dateOfBirth!),
      ]),
    );
  return query;
}

/**
 * How many children a search matches, counting no further than one past the cap: a number above
 * `searchCap` means "more than searchCap".
 */
export async function countChildren(db: Kysely<Database>, search: ChildSearch): Promise<number> {
  const row = await db
    .selectFrom(
      matching(db, search)
        .select('children.id')
        .limit(searchCap + 1)
        .as('matched'),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * A page of the children a search matches, best matches first, with enough about each to tell
 * children of the same name apart: date of birth, address, worker.
 *
 * Best first: a surname that is a word of the search, then a first name that is one, then a
 * surname that starts with one, then a first name that does, then the rest; within each, name
 * order, and the Harbour ID last so that pages never overlap. No page reads every match: the
 * first three kinds are read in order from the name indexes (people migration 0058), as many as
 * the pages up to this one need, and the rest are the first `searchCap` + 1 matches the database
 * finds, read only when those do not fill the pages. So when no more than `searchCap` children
 * match, the order is exact; when more match (the page says so and asks for more of the name),
 * the children named or starting as searched still come first, completely, and the rest are a
 * bounded sample of the matches.
 * Only the page's children are joined to their address and worker.
 */
export async function findChildren(
  db: Kysely<Database>,
  search: ChildSearch,
  today: string,
  page: { limit: number; offset?: number } = { limit: 50 },
): Promise<ChildSearchResult[]> {
  const offset = page.offset ?? 0;
  const limit = Math.min(page.limit, searchCap - offset);
  if (limit <= 0) return [];
  // Single letters are too common to rank by; they still narrow the search.
  const words = [...new Set(nameWords(search).filter((word) => word.length >= 2))];
  const rank = words.length
    ? sql<number>`case
        when ${surnameKey} in (${sql.join(words)}) then 0
        when ${forenameKey} in (${sql.join(words)}) then 1
        when ${sql.join(
          words.map((word) => sql`${surnameKey} like ${`${escapeLike(word)}%`}`),
          sql` or `,
        )} then 2
        when ${sql.join(
          words.map((word) => sql`${forenameKey} like ${`${escapeLike(word)}%`}`),
          sql` or `,
        )} then 3
        else 4 end`
    : sql<number>`4`;
  // Each candidate carries what it is ordered by, so only the page's children are read again.
  const ranked = (query: ReturnType<typeof matching>) =>
    query.select(['children.id', rank.as('rank'), surnameKey.as('surname_key'), forenameKey.as('forename_key')]);
  const needed = Math.min(searchCap, offset + limit);
  const inOrder = words.flatMap((word) => {
    // The word itself is implied by a surname that starts with it or a first name that is it, so
    // only the other words are checked: the planner then reads the name index in order and stops.
    return [
      ranked(matching(db, search, word))
        .where(sql<boolean>`${surnameKey} like ${`${escapeLike(word)}%`}`)
        .orderBy(surnameKey)
        .orderBy(forenameKey)
        .orderBy('children.id')
        .limit(needed),
      ranked(matching(db, search, word))
        .where(sql<boolean>`${forenameKey} = ${word}`)
        .orderBy(forenameKey)
        .orderBy(surnameKey)
        .orderBy('children.id')
        .limit(needed),
    ];
  });
  const sample = ranked(matching(db, search)).limit(searchCap + 1);
  // When the names read in order already fill the pages up to this one, nothing else can come
  // before them, and the sample is not read at all.
  const candidates = sql<{ id: number; rank: number; surname_key: string; forename_key: string }>`(${
    inOrder.length
      ? sql`with in_order as (${sql.join(
          inOrder.map((query) => sql`(${query})`),
          sql` union `,
        )}) select * from in_order union (${sample.where(sql<boolean>`(select count(*) from in_order) < ${needed}`)})`
      : sample
  })`;
  const shown = db
    .selectFrom(candidates.as('candidates'))
    .selectAll()
    .orderBy('rank')
    .orderBy('surname_key')
    .orderBy('forename_key')
    .orderBy('id')
    .limit(limit)
    .offset(offset);
  return db
    .selectFrom(shown.as('shown'))
    .innerJoin('children', 'children.id', 'shown.id')
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
    .orderBy('shown.rank')
    .orderBy('shown.surname_key')
    .orderBy('shown.forename_key')
    .orderBy('shown.id')
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
