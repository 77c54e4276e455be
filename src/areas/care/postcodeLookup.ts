// The council's postcode-centroid lookup: Harbour cannot look postcodes up on the internet, so a
// council loads the centroids it holds (the ONS postcode directory, say) as CSV lines of postcode,
// latitude, longitude and, optionally, the local authority code.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { normalisedPostcode, type Centroid } from './placementLocation.ts';

export interface CentroidRow {
  postcode: string;
  latitude: number;
  longitude: number;
  localAuthorityCode: string | null;
}

const postcodePattern = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$/;
const authorityPattern = /^[A-Z][0-9]{8}$/;

/** Reads the CSV: a first line naming "postcode" is headings, skipped; each refused line is told by its number. */
export function parseCentroids(text: string): { rows: CentroidRow[]; refused: { line: number; message: string }[] } {
  const rows: CentroidRow[] = [];
  const refused: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const cells = raw.split(',').map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim(),
    );
    if (cells.every((cell) => cell === '')) return;
    if (index === 0 && /postcode/i.test(cells[0] ?? '')) return;
    const [postcodeText = '', latitudeText = '', longitudeText = '', authority = ''] = cells;
    const postcode = normalisedPostcode(postcodeText);
    const latitude = Number(latitudeText);
    const longitude = Number(longitudeText);
    if (!postcodePattern.test(postcode)) refused.push({ line, message: 'the postcode is not a full postcode' });
    else if (latitudeText === '' || !Number.isFinite(latitude) || Math.abs(latitude) > 90)
      refused.push({ line, message: 'the latitude is not a number from -90 to 90' });
    else if (longitudeText === '' || !Number.isFinite(longitude) || Math.abs(longitude) > 180)
      refused.push({ line, message: 'the longitude is not a number from -180 to 180' });
    else if (authority && !authorityPattern.test(authority.toUpperCase()))
      refused.push({ line, message: 'the local authority code is not a code like E06000051' });
    else rows.push({ postcode, latitude, longitude, localAuthorityCode: authority ? authority.toUpperCase() : null });
  });
  return { rows, refused };
}

/** Adds the rows to the lookup, replacing any postcode already held; returns how many the lookup now holds. */
export async function loadCentroids(db: Kysely<Database>, rows: readonly CentroidRow[]): Promise<number> {
  await db.transaction().execute(async (trx) => {
    // Postgres takes at most 65,535 parameters in a statement: 4 a row.
    for (let start = 0; start < rows.length; start += 5000)
      await trx
        .insertInto('postcode_centroids')
        .values(
          rows.slice(start, start + 5000).map((row) => ({
            postcode: row.postcode,
            latitude: row.latitude,
            longitude: row.longitude,
            local_authority_code: row.localAuthorityCode,
          })),
        )
        .onConflict((conflict) =>
          conflict.column('postcode').doUpdateSet({
            latitude: (eb) => eb.ref('excluded.latitude'),
            longitude: (eb) => eb.ref('excluded.longitude'),
            local_authority_code: (eb) => eb.ref('excluded.local_authority_code'),
          }),
        )
        .execute();
  });
  return centroidsHeld(db);
}

export async function centroidsHeld(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('postcode_centroids')
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return count;
}

/** The centroids of these postcodes that the lookup holds. */
export async function centroidsOf(
  db: Kysely<Database>,
  postcodes: readonly (string | null)[],
): Promise<Map<string, Centroid>> {
  const wanted = [...new Set(postcodes.filter((postcode): postcode is string => Boolean(postcode)))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('postcode_centroids').selectAll().where('postcode', 'in', wanted).execute();
  return new Map(
    rows.map((row) => [
      row.postcode,
      { latitude: row.latitude, longitude: row.longitude, localAuthorityCode: row.local_authority_code },
    ]),
  );
}
