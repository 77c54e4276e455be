// `harbour import 903 DIR`: a council's past SSDA903 returns loaded into Harbour's records, one
// year's folder at a time, in any order and as often as wanted (a second run changes nothing). The
// rows are checked first (codes, real dates, the year, one Header row per child); a child with any
// row refused is refused whole with each reason, and the rest load in one transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.ts';
import type { Actor } from '../../../platform/access/audit.ts';
import {
  importChild,
  importMotherhood,
  importUascStatus,
  type ImportedChild,
  type ImportedMotherhood,
} from '../../../areas/people/index.ts';
import {
  importEpisodes,
  importHealthOutcomes,
  importPreviousPermanence,
  importReviews,
  type ImportedEpisode,
  type ImportedHealthOutcomes,
  type PreviousPermanence,
  type ImportedReview,
} from '../../../areas/care/index.ts';
import type { CollectionYear } from '../returnDates.ts';
import { importMissingEpisodes, type ImportedMissingEpisode } from '../../../areas/missing/index.ts';
import { importCareLeaverContacts, type ImportedCareLeaverContact } from '../../../areas/leavingcare/index.ts';
import { importSocialWorkerEpisodes, type ImportedSocialWorkerEpisode } from '../../../areas/workforce/index.ts';
import { socialWorkerEpisodeRecord } from './records903Workers.ts';
import { importDeprivationOfLiberty, type ImportedDeprivationOfLiberty } from '../../../areas/court/index.ts';
import { collectionYear, dayFromUkDate, isoDateOf, partsOfDay } from '../returnDates.ts';
import { yearOfTables } from '../ssda903/readTables.ts';
import { RecordIntegrityError } from '../../../platform/records/integrity.ts';
import type { ReadTables } from '../ssda903/readTables.ts';
import type { Row903, TableName } from '../ssda903/tables.ts';
import { tableColumns } from '../ssda903/tables.ts';
import {
  episodeRecord,
  headerRecord,
  notCarried903,
  missingRecord,
  oc2Record,
  oc3Record,
  reviewRecord,
  uascRecord,
  type DateWindow,
  type Mapped,
} from './records903.ts';
import { motherhoodRecord, previousPermanenceRecord, uascAgainstHeader } from './records903Child.ts';
import { doLoRecord } from './records903DoLo.ts';
import { loadChildren, refuseWhole, type ImportReport, type Refusal, type RowAt } from './report.ts';
import { importAdoptionPlans, type ImportedAdoptionPlan } from '../../../areas/permanence/index.ts';
import {
  ad1Record,
  adoptionPlansOf,
  placedAdoptionRecord,
  type Ad1Row,
  type AtLine,
  type PlacedAdoptionRow,
} from './records903Adoption.ts';

/** The tables this import loads; the others are reported as not loaded. */
const loadedTables = [
  'Header',
  'Episodes',
  'Reviews',
  'UASC',
  'Missing',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'SWEpisodes',
  'PrevPerm',
  'DoLo',
] as const satisfies readonly TableName[];

interface Child903 {
  id: string;
  rows: RowAt[];
  problems: Refusal[];
  header: ImportedChild | null;
  /** The Header's MOTHER and MC_DOB; null when MOTHER is blank. */
  motherhood: Omit<ImportedMotherhood, 'yearEnd'> | null;
  /** The date of birth each row gave (the Header's, Reviews'…), which must agree. */
  birthDates: Set<string>;
  episodes: ImportedEpisode[];
  reviews: ImportedReview[];
  missing: ImportedMissingEpisode[];
  careLeaverContacts: ImportedCareLeaverContact[];
  socialWorkerEpisodes: ImportedSocialWorkerEpisode[];
  /** The year's OC2 row. */
  health: ImportedHealthOutcomes | null;
  /** The UASC row's DUC (undefined when the child has no UASC row). */
  uasc?: { ceasedDate: string | null };
  decisions: AtLine<PlacedAdoptionRow>[];
  ad1: AtLine<Ad1Row> | null;
  /** The decisions, AD1 and the episodes read together once every row is checked. */
  adoptionPlans: ImportedAdoptionPlan[];
  /** The PrevPerm row: what was said of previous permanence at the start of the latest period of care. */
  previousPermanence: PreviousPermanence | null;
  /** The UASC row, held to the Header's SEX and DOB. */
  uascRow?: { at: RowAt; row: Row903<'UASC'> };
  deprivationOfLiberty: ImportedDeprivationOfLiberty[];
}

export interface Plan903 {
  readonly children: readonly Child903[];
  /** Refusals of whole files and of rows belonging to no child. */
  readonly refused: readonly Refusal[];
  /** The year named, else the year of the latest date in the tables. */
  readonly year: CollectionYear | null;
}

/** Whether a span written DD/MM/YYYY (its end blank while open) reaches into the year; null when its start is no date. */
function spanInYear(startText: string, endText: string, year: CollectionYear): boolean | null {
  const start = dayFromUkDate(startText);
  const end = endText.trim() ? dayFromUkDate(endText) : null;
  if (start === null) return null;
  return start <= year.end && (end === null || end >= year.start);
}

/** Whether a row falls in the collection year: an episode open in it, a review held in it. */
const inYear: Partial<Record<TableName, (row: Row903<never>, year: CollectionYear) => boolean | null>> = {
  Episodes: (row, year) => {
    const { DECOM, DEC } = row as unknown as Row903<'Episodes'>;
    return spanInYear(DECOM, DEC, year);
  },
  Missing: (row, year) => {
    const { MIS_START, MIS_END } = row as unknown as Row903<'Missing'>;
    return spanInYear(MIS_START, MIS_END, year);
  },
  SWEpisodes: (row, year) => {
    const { SW_DECOM, SW_DEC } = row as unknown as Row903<'SWEpisodes'>;
    return spanInYear(SW_DECOM, SW_DEC, year);
  },
  DoLo: (row, year) => {
    const { DOLO_START, DOLO_END } = row as unknown as Row903<'DoLo'>;
    return spanInYear(DOLO_START, DOLO_END, year);
  },
  Reviews: (row, year) => {
    const day = dayFromUkDate((row as unknown as Row903<'Reviews'>).REVIEW);
    return day === null ? null : day >= year.start && day <= year.end;
  },
  // A decision made by the year's end and not reversed before it began.
  PlacedAdoption: (row, year) => {
    const { DATE_PLACED, DATE_PLACED_CEASED } = row as unknown as Row903<'PlacedAdoption'>;
    const start = dayFromUkDate(DATE_PLACED);
    const end = DATE_PLACED_CEASED.trim() ? dayFromUkDate(DATE_PLACED_CEASED) : null;
    if (start === null) return null;
    return start <= year.end && (end === null || end >= year.start);
  },
};

/**
 * Checks every row and groups them by child: pure, so the refusals are the same whatever Harbour
 * holds. The database's own checks (a difference from what Harbour holds) come when loading.
 */
export function plan903(read: ReadTables, window: DateWindow, year: CollectionYear | null): Plan903 {
  const refused: Refusal[] = read.problems.map((problem) => ({ ...problem, child: null }));
  // A date after today is refused with its row, so it does not name the year.
  const latest = yearOfTables(read.tables, (text) => {
    const day = dayFromUkDate(text);
    return day !== null && day <= window.latest ? day : null;
  });
  // OC3 gives no dates: its year is the one named, else the year of the latest episode or review.
  const yearOfReturn =
    latest === null ? null : collectionYear(`${firstYearHolding(latest)}-${firstYearHolding(latest) + 1}`);
  const children = new Map<string, Child903>();
  const childOf = (id: string) => {
    let child = children.get(id);
    if (!child) {
      child = {
        id,
        rows: [],
        problems: [],
        header: null,
        motherhood: null,
        previousPermanence: null,
        birthDates: new Set(),
        episodes: [],
        reviews: [],
        missing: [],
        careLeaverContacts: [],
        socialWorkerEpisodes: [],
        health: null,
        decisions: [],
        ad1: null,
        adoptionPlans: [],
        deprivationOfLiberty: [],
      };
      children.set(id, child);
    }
    return child;
  };
  for (const table of loadedTables) {
    if (!read.present.has(table)) continue;
    const file = read.files.get(table)!;
    const rows = read.tables[table] as readonly Row903<never>[];
    const within = year && inYear[table];
    if (within && rows.length && !rows.some((row) => within(row, year) !== false)) {
      refused.push({
        file,
        line: null,
        child: null,
        message: `none of its ${rows.length} ${table} rows falls in ${year.label}: is it another year's return?`,
      });
      continue;
    }
    for (const row of rows) {
      const at = { file, line: row.$row + 1 };
      const id = row.CHILD.trim();
      if (!id) {
        refused.push({ ...at, child: null, message: 'CHILD is blank' });
        continue;
      }
      const child = childOf(id);
      child.rows.push(at);
      const refuse = (message: string) => child.problems.push({ ...at, child: id, message });
      if (within && within(row, year) === false)
        refuse(
          table === 'Episodes' || table === 'SWEpisodes'
            ? `the episode was not open in ${year.label}`
            : `the date is not in ${year.label}`,
        );
      const mapped = mapRow(table, row, window, year ?? yearOfReturn);
      if (mapped.problems) {
        for (const problem of mapped.problems) refuse(problem);
        continue;
      }
      const dob = (row as unknown as { DOB?: string }).DOB;
      const birth = dob === undefined ? null : dayFromUkDate(dob.trim());
      if (birth !== null) child.birthDates.add(dob!.trim());
      if (table === 'Header') {
        if (child.header) refuse(`CHILD ${id} has a second row in the Header table`);
        child.header = mapped.record as ImportedChild;
        const motherhood = motherhoodRecord(row as unknown as Row903<'Header'>, window, child.header.dateOfBirth);
        if (motherhood.problems) motherhood.problems.forEach(refuse);
        else child.motherhood = motherhood.record;
      } else if (table === 'Episodes') {
        const episode = mapped.record as ImportedEpisode;
        if (child.episodes.some((other) => other.startDate === episode.startDate))
          refuse(`a second episode of CHILD ${id} begins on ${(row as unknown as Row903<'Episodes'>).DECOM}`);
        child.episodes.push(episode);
      } else if (table === 'UASC') {
        if (child.uasc) refuse(`CHILD ${id} has a second row in the UASC table`);
        child.uasc = mapped.record as { ceasedDate: string | null };
        child.uascRow = { at, row: row as unknown as Row903<'UASC'> };
      } else if (table === 'OC2') {
        if (child.health) refuse(`CHILD ${id} has a second row in the OC2 table`);
        child.health = mapped.record as ImportedHealthOutcomes;
      } else if (table === 'OC3') {
        if (child.careLeaverContacts.length) refuse(`CHILD ${id} has a second row in the OC3 table`);
        child.careLeaverContacts.push(mapped.record as ImportedCareLeaverContact);
      } else if (table === 'AD1') {
        if (child.ad1) refuse(`CHILD ${id} has a second row in the AD1 table`);
        child.ad1 = { record: mapped.record as Ad1Row, at };
      } else if (table === 'PlacedAdoption') {
        const decision = mapped.record as PlacedAdoptionRow;
        if (child.decisions.some((other) => other.record.shouldBePlacedDate === decision.shouldBePlacedDate))
          refuse(`a second decision of CHILD ${id} is on ${(row as unknown as Row903<'PlacedAdoption'>).DATE_PLACED}`);
        child.decisions.push({ record: decision, at });
      } else if (table === 'SWEpisodes') {
        const episode = mapped.record as ImportedSocialWorkerEpisode;
        if (child.socialWorkerEpisodes.some((other) => other.startDate === episode.startDate))
          refuse(
            `a second social worker episode of CHILD ${id} begins on ${(row as unknown as Row903<'SWEpisodes'>).SW_DECOM}`,
          );
        child.socialWorkerEpisodes.push(episode);
      } else if (table === 'PrevPerm') {
        if (child.previousPermanence) refuse(`CHILD ${id} has a second row in the PrevPerm table`);
        child.previousPermanence = mapped.record as PreviousPermanence | null;
      } else if (table === 'Missing') {
        const episode = mapped.record as ImportedMissingEpisode;
        if (child.missing.some((other) => other.startDate === episode.startDate))
          refuse(
            `a second missing episode of CHILD ${id} begins on ${(row as unknown as Row903<'Missing'>).MIS_START}`,
          );
        child.missing.push(episode);
      } else if (table === 'DoLo') {
        const order = mapped.record as ImportedDeprivationOfLiberty;
        if (child.deprivationOfLiberty.some((other) => other.startDate === order.startDate))
          refuse(`a second DoLo of CHILD ${id} starts on ${(row as unknown as Row903<'DoLo'>).DOLO_START}`);
        child.deprivationOfLiberty.push(order);
      } else {
        const review = mapped.record as ImportedReview;
        if (child.reviews.some((other) => other.reviewDate === review.reviewDate))
          refuse(`a second review of CHILD ${id} is on ${(row as unknown as Row903<'Reviews'>).REVIEW}`);
        child.reviews.push(review);
      }
    }
  }
  const returnYear = year ?? yearOfReturn;
  const asAt = returnYear ? isoDateOf(returnYear.end) : null;
  for (const child of children.values()) {
    const adoption = adoptionPlansOf(child.decisions, child.ad1, child.episodes, asAt);
    child.adoptionPlans = adoption.plans;
    child.problems.push(...adoption.problems.map(({ at, message }) => ({ ...at, child: child.id, message })));
    if (child.uascRow && child.header)
      for (const message of uascAgainstHeader(child.uascRow.row, window, child.header))
        child.problems.push({ ...child.uascRow.at, child: child.id, message });
    if (child.uasc && !child.episodes.length && !(year ?? yearOfReturn))
      child.problems.push(
        ...refuseWhole(
          child.id,
          child.rows,
          'the collection year is not known, so nor is when the UASC status began: name it with --year',
        ),
      );
    if (child.birthDates.size > 1)
      child.problems.push(
        ...refuseWhole(
          child.id,
          child.rows,
          `the rows give different dates of birth (${[...child.birthDates].join(', ')})`,
        ),
      );
    if (!child.header && read.present.has('Header'))
      child.problems.push(...refuseWhole(child.id, child.rows, `CHILD ${child.id} is not in the Header table`));
  }
  return { children: [...children.values()], refused, year: year ?? yearOfReturn };
}

/** The first calendar year of the collection year (1 April to 31 March) holding a day. */
const firstYearHolding = (day: number) => {
  const { year, month } = partsOfDay(day);
  return month >= 4 ? year : year - 1;
};

function mapRow(
  table: (typeof loadedTables)[number],
  row: Row903<never>,
  window: DateWindow,
  year: CollectionYear | null,
): Mapped<unknown> {
  if (table === 'PrevPerm') return previousPermanenceRecord(row as unknown as Row903<'PrevPerm'>, window);
  if (table === 'OC3') return oc3Record(row as unknown as Row903<'OC3'>, window, year);
  if (table === 'OC2') return oc2Record(row as unknown as Row903<'OC2'>, window, year);
  if (table === 'UASC') return uascRecord(row as unknown as Row903<'UASC'>, window);
  if (table === 'AD1') return ad1Record(row as unknown as Row903<'AD1'>, window);
  if (table === 'PlacedAdoption') return placedAdoptionRecord(row as unknown as Row903<'PlacedAdoption'>, window);
  if (table === 'Header') return headerRecord(row as unknown as Row903<'Header'>, window);
  if (table === 'Episodes') return episodeRecord(row as unknown as Row903<'Episodes'>, window);
  if (table === 'Missing') return missingRecord(row as unknown as Row903<'Missing'>, window);
  if (table === 'SWEpisodes') return socialWorkerEpisodeRecord(row as unknown as Row903<'SWEpisodes'>, window);
  if (table === 'DoLo') return doLoRecord(row as unknown as Row903<'DoLo'>, window);
  return reviewRecord(row as unknown as Row903<'Reviews'>, window);
}

/** What the import leaves out: the columns Harbour does not keep, and the tables it does not load. */
export function notCarriedBy903(present: ReadonlySet<TableName>): string[] {
  const columns = Object.entries(notCarried903).flatMap(([table, names]) => names.map((name) => `${table}.${name}`));
  const tables = [...present]
    .filter((table) => !(loadedTables as readonly string[]).includes(table))
    .map((table) => `${table} (${tableColumns[table].length} columns, not loaded)`);
  return [...columns, ...tables];
}

/** The child a table other than the Header names, when the Header was not given: Harbour must hold them. */
const knownChild = (child: Child903): ImportedChild => ({
  previousSystemId: child.id,
  dateOfBirth: child.birthDates.size ? isoOf([...child.birthDates][0]!) : null,
  sex: null,
  ethnicity: null,
  upn: null,
});

const isoOf = (ukDate: string) => {
  const [day, month, year] = ukDate.split('/');
  return `${year}-${month}-${day}`;
};

/**
 * The UASC status a UASC row gives: the return says only when it ceased, so it is taken to have
 * begun with the child's first episode in the return (else the year's first day), and not after DUC.
 */
function uascOf(child: Child903, year: CollectionYear | null) {
  if (!child.uasc) return null;
  const { ceasedDate } = child.uasc;
  const from = child.episodes.map((episode) => episode.startDate).sort()[0] ?? isoDateOf(year!.start);
  return {
    startDate: ceasedDate !== null && ceasedDate < from ? ceasedDate : from,
    ceasedDate,
    asAt: year ? isoDateOf(year.end) : null,
  };
}

/** The day the period of care PrevPerm speaks of began by: the child's latest new start in the return. */
const startedBy = (child: Child903, yearEnd: string | null, window: DateWindow) =>
  child.episodes
    .filter((episode) => episode.reasonNewEpisode === 'S')
    .map((episode) => episode.startDate)
    .sort()
    .at(-1) ??
  yearEnd ??
  isoDateOf(window.latest);

/** Loads a checked year of 903 tables: each child whole, or refused whole with every reason. */
export async function import903(
  db: Kysely<Database>,
  actor: Actor,
  read: ReadTables,
  options: { window: DateWindow; year: CollectionYear | null },
): Promise<ImportReport> {
  const plan = plan903(read, options.window, options.year);
  const refused = [...plan.refused];
  const loadable = plan.children.filter((child) => {
    if (!child.problems.length) return true;
    // Each problem once, then every other line of the child refused with it.
    const lines = new Set(child.problems.map((problem) => `${problem.file}:${problem.line}`));
    refused.push(...child.problems);
    const others = child.rows.filter((row) => !lines.has(`${row.file}:${row.line}`));
    refused.push(...refuseWhole(child.id, others, 'refused with the rest of this child (see the reasons given)'));
    return false;
  });
  const loaded = await loadChildren(db, loadable, async (trx, child) => {
    const given = child.header ?? knownChild(child);
    if (!child.header) {
      const held = await trx
        .selectFrom('children')
        .select('id')
        .where('previous_system_id', '=', child.id)
        .executeTakeFirst();
      if (!held)
        throw new RecordIntegrityError(
          'child',
          `Harbour holds no CHILD ${child.id} and the Header table was not given`,
          undefined,
        );
    }
    const { childId, outcome } = await importChild(trx, actor, given, 'SSDA903');
    const episodes = await importEpisodes(
      trx,
      actor,
      childId,
      child.episodes,
      'SSDA903',
      options.year ? isoDateOf(options.year.end) : null,
    );
    const reviews = await importReviews(trx, actor, childId, child.reviews, 'SSDA903');
    const yearEnd = plan.year ? isoDateOf(plan.year.end) : null;
    return {
      outcome,
      tally: {
        'Header (MOTHER, MC_DOB)': await importMotherhood(
          trx,
          actor,
          childId,
          child.motherhood && { ...child.motherhood, yearEnd },
          'SSDA903',
        ),
        Episodes: { added: episodes.added + episodes.ended, unchanged: episodes.unchanged },
        Reviews: { added: reviews.added, unchanged: reviews.unchanged },
        Missing: await importMissingEpisodes(trx, actor, childId, child.missing, 'SSDA903'),
        UASC: await importUascStatus(trx, actor, childId, uascOf(child, plan.year), 'SSDA903'),
        OC2: await importHealthOutcomes(trx, actor, childId, child.health, 'SSDA903'),
        OC3: await importCareLeaverContacts(trx, actor, childId, child.careLeaverContacts, 'SSDA903'),
        'Adoption plans': await importAdoptionPlans(trx, actor, childId, child.adoptionPlans, 'SSDA903'),
        SWEpisodes: await importSocialWorkerEpisodes(trx, actor, childId, child.socialWorkerEpisodes, 'SSDA903'),
        PrevPerm: await importPreviousPermanence(
          trx,
          actor,
          childId,
          child.previousPermanence && {
            ...child.previousPermanence,
            startedBy: startedBy(child, yearEnd, options.window),
          },
          'SSDA903',
        ),
        DoLo: await importDeprivationOfLiberty(
          trx,
          actor,
          childId,
          child.deprivationOfLiberty,
          'SSDA903',
          plan.year ? isoDateOf(plan.year.end) : null,
        ),
      },
    };
  });
  return {
    year: options.year?.label ?? null,
    ...loaded,
    children: { ...loaded.children, refused: loaded.children.refused + plan.children.length - loadable.length },
    refused: [...refused, ...loaded.refused],
    notCarried: notCarriedBy903(read.present),
  };
}
