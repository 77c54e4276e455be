// The lookups a council gives `harbour validate 903` for the rules Harbour cannot judge from the return
// alone: Ofsted's providers (the URN rules) and the ONS postcode directory (the placement area rules).
// Each is a CSV a council can produce from the published list without reshaping it: the columns are
// found by name, in any order, others ignored. A value that cannot be read is an error naming its line.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { dayFromIsoDate, dayFromUkDate } from '../returnDates.ts';
import type { GridReference, OfstedProvider } from './rule.ts';

/** Takes a lookup's CSV records one at a time (the postcode directory has millions), header first. */
export interface LookupReader<T> {
  /** `line` is the record's line in the file (1 is the header). */
  add(record: readonly string[], line: number): void;
  done(): T;
}

/** A lookup file that cannot be used: the message names the line. */
export class LookupFileError extends Error {}

const fail = (line: number, message: string): never => {
  throw new LookupFileError(`line ${line}: ${message}`);
};

/** The index of the first header naming one of the columns (case and spaces ignored), -1 when none. */
function columnOf(header: readonly string[], names: readonly string[]): number {
  const normalised = header.map((column) => column.trim().toLowerCase().replace(/\s+/g, ' '));
  for (const name of names) {
    const index = normalised.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

function requiredColumn(header: readonly string[], names: readonly string[], what: string): number {
  const index = columnOf(header, names);
  return index >= 0 ? index : fail(1, `no ${what} column (one of: ${names.join(', ')})`);
}

/** A postcode as a key: capitals, no spaces ('ab1 2cd' is 'AB12CD'). */
export const postcodeKey = (postcode: string): string => postcode.replace(/\s+/g, '').toUpperCase();

/** A date as Ofsted's spreadsheets save to CSV (DD/MM/YYYY) or as ISO (YYYY-MM-DD); blank is undefined. */
function dateAt(text: string, line: number, column: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const day = dayFromUkDate(value) ?? dayFromIsoDate(value.slice(0, 10));
  return day ?? fail(line, `${column} "${value}" is not a date (DD/MM/YYYY)`);
}

const placementCodePattern = /^[A-Z]\d{1,2}$/;
const providerCodePattern = /^PR\d$/;

/** Codes in one cell, separated by commas or spaces ('PR1,PR2' or 'K1 K2'). */
function codesAt(text: string, pattern: RegExp, line: number, column: string): string[] {
  const codes = text
    .split(/[,;\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  for (const code of codes) if (!pattern.test(code)) fail(line, `${column} "${code}" is not a 903 code`);
  return codes;
}

/**
 * Ofsted's providers with the columns of the URN lookup the DfE publishes for the 903 collection (its
 * children's homes and social care providers sheets saved as CSV): URN, Placement code, Placement
 * provider code, and, when given, Setting address postcode, Registration date and Deregistration date
 * (or Closed date).
 */
export function ofstedProvidersReader(): LookupReader<ReadonlyMap<string, OfstedProvider>> {
  const providers = new Map<string, OfstedProvider>();
  const lineOf = new Map<string, number>();
  let columns: {
    urn: number;
    placement: number;
    provider: number;
    postcode: number;
    registered: number;
    closed: number;
  } | null = null;
  return {
    add(record, line) {
      if (!columns) {
        columns = {
          urn: requiredColumn(record, ['urn'], 'URN'),
          placement: requiredColumn(record, ['placement code', 'placement codes'], 'placement code'),
          provider: requiredColumn(
            record,
            ['placement provider code', 'placement provider codes', 'provider code'],
            'placement provider code',
          ),
          postcode: columnOf(record, ['setting address postcode', 'postcode']),
          registered: columnOf(record, ['registration date']),
          closed: columnOf(record, ['deregistration date', 'closed date']),
        };
        return;
      }
      const at = (index: number) => (index >= 0 ? (record[index] ?? '').trim() : '');
      const urn = at(columns.urn).toUpperCase();
      if (urn === '') fail(line, 'the URN is blank');
      const earlier = lineOf.get(urn);
      if (earlier !== undefined) fail(line, `URN ${urn} is already on line ${earlier}`);
      const postcode = at(columns.postcode);
      const registered = dateAt(at(columns.registered), line, 'the registration date');
      const closed = dateAt(at(columns.closed), line, 'the deregistration date');
      providers.set(urn, {
        urn,
        placementCodes: codesAt(at(columns.placement), placementCodePattern, line, 'placement code'),
        providerCodes: codesAt(at(columns.provider), providerCodePattern, line, 'placement provider code'),
        ...(postcode === '' ? {} : { postcode: postcodeKey(postcode) }),
        ...(registered === undefined ? {} : { registered }),
        ...(closed === undefined ? {} : { closed }),
      });
      lineOf.set(urn, line);
    },
    done: () => {
      if (!columns) fail(1, 'the file is empty');
      return providers;
    },
  };
}

/** A full postcode or a postcode district: 2 to 7 letters and digits once the spaces are gone. */
const postcodePattern = /^[A-Z0-9]{2,7}$/;

/** What the postcode file gives: each postcode's local authority and, when the file has them, its grid reference. */
export interface PostcodeDirectory {
  readonly postcodeAuthorities: ReadonlyMap<string, string>;
  readonly postcodeCoordinates?: ReadonlyMap<string, GridReference>;
}

/** A grid reference in metres; blank (a postcode the ONS could not place) is undefined. */
function metresAt(text: string, line: number, column: string): number | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const metres = Number(value);
  return Number.isFinite(metres) && metres >= 0 ? metres : fail(line, `${column} "${value}" is not a number of metres`);
}

/**
 * Postcode → local authority code from the ONS Postcode Directory (ONSPD) or the National Statistics
 * Postcode Lookup as published, or any CSV with their column names: the postcode from pcds, pcd or pcd2
 * (or Postcode), the local authority district from laua or oslaua (or Local authority code). Where the
 * district is one of a county's (the file's cty or oscty column names an English county, E10…) the
 * county is the council, so the county is kept, as the DfE's placement LA is. A postcode with no
 * authority (a few terminated ones) is left out. When the file has the grid reference columns
 * (oseast1m, osnrth1m) each postcode's is kept too, for the placement distance the DfE derives.
 */
export function postcodeDirectoryReader(): LookupReader<PostcodeDirectory> {
  const authorities = new Map<string, string>();
  const coordinates = new Map<string, GridReference>();
  let columns: { postcode: number; authority: number; county: number; easting: number; northing: number } | null = null;
  return {
    add(record, line) {
      if (!columns) {
        columns = {
          postcode: requiredColumn(record, ['pcds', 'pcd', 'pcd2', 'postcode'], 'postcode'),
          authority: requiredColumn(record, ['laua', 'oslaua', 'local authority code'], 'local authority'),
          county: columnOf(record, ['cty', 'oscty']),
          easting: columnOf(record, ['oseast1m']),
          northing: columnOf(record, ['osnrth1m']),
        };
        if (columns.easting < 0 !== columns.northing < 0) fail(1, 'oseast1m and osnrth1m come together');
        return;
      }
      const postcode = postcodeKey(record[columns.postcode] ?? '');
      const county = columns.county < 0 ? '' : (record[columns.county] ?? '').trim().toUpperCase();
      const authority = county.startsWith('E10') ? county : (record[columns.authority] ?? '').trim().toUpperCase();
      if (!postcodePattern.test(postcode)) fail(line, `"${record[columns.postcode] ?? ''}" is not a postcode`);
      if (authority !== '') authorities.set(postcode, authority);
      if (columns.easting < 0) return;
      const easting = metresAt(record[columns.easting] ?? '', line, 'oseast1m');
      const northing = metresAt(record[columns.northing] ?? '', line, 'osnrth1m');
      if (easting !== undefined && northing !== undefined) coordinates.set(postcode, { easting, northing });
    },
    done: () => {
      if (!columns) return fail(1, 'the file is empty');
      return {
        postcodeAuthorities: authorities,
        ...(columns.easting < 0 ? {} : { postcodeCoordinates: coordinates }),
      };
    },
  };
}

/** Streams a lookup CSV through its reader; any problem is an error naming the file and line. */
export async function readLookupFile<T>(path: string, reader: LookupReader<T>): Promise<T> {
  // `info` gives each record its own line (the parser's running count is ahead of the record read).
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  const source = createReadStream(path);
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let line = 1;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      line = info.lines;
      reader.add(record, line);
    }
    return reader.done();
  } catch (error) {
    source.destroy();
    const message = (error as Error).message;
    throw new LookupFileError(
      error instanceof LookupFileError ? `${path} ${message}` : `${path} line ${line}: ${message}`,
    );
  }
}
