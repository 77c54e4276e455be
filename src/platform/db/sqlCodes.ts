import { sql, type RawBuilder } from 'kysely';

/** A check constraint's list of allowed codes, from the one TypeScript list that also drives forms. */
export const codeList = (codes: readonly string[] | Record<string, string>): RawBuilder<unknown> =>
  sql.join((Array.isArray(codes) ? codes : Object.keys(codes)).map((code) => sql.lit(code)));
