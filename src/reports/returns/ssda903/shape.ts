// Harbour's records as the SSDA903 tables: plain rows in (as build.ts reads them, dates as
// YYYY-MM-DD), the DfE's rows out (dates as DD/MM/YYYY, codes as the guide for the year writes
// them). Every decision the guide makes about a row — what is blank when, what a code becomes — is
// here, apart from the SQL, so each is tested with plain data.
import type { CollectionYear } from '../returnDates.ts';
import { ageInYears, birthdayAt, dayFromIsoDate, dayFromParts, ukDateOf } from '../returnDates.ts';
import type { ColumnOf, Row903, TableName, Tables903 } from './tables.ts';
import { emptyTables, tablesInYear } from './tables.ts';
import { numberOfAdopters, type AdopterSex } from '../../../areas/permanence/index.ts';

type Iso = string | null;

export interface ChildRecord {
  readonly childId: number;
  readonly sex: string;
  readonly dateOfBirth: Iso;
  readonly ethnicity: string;
  readonly upn: string | null;
  readonly upnUnknown: string | null;
  /** Looked after at some time in the year (a care leaver only in OC3 is not). */
  readonly lookedAfter: boolean;
  /** Every episode in the year was a short break (V3/V4): no motherhood or reviews are asked. */
  readonly shortBreaksOnly: boolean;
  /** The date of birth of the child's first child: a birth recorded, or a child recorded with her as parent. */
  readonly firstChildBorn: Iso;
}

export interface EpisodeRecord {
  readonly childId: number;
  readonly startDate: string;
  readonly reasonNewEpisode: string;
  readonly legalStatus: string;
  readonly categoryOfNeed: string;
  readonly placementType: string;
  readonly placementProvider: string | null;
  readonly endDate: Iso;
  readonly reasonCeased: string | null;
  readonly reasonPlaceChange: string | null;
  readonly homePostcode: string | null;
  readonly placementPostcode: string | null;
  readonly urn: string | null;
}

export interface ReviewRecord {
  readonly childId: number;
  readonly reviewDate: string;
  readonly participation: string;
}

export interface UascRecord {
  readonly childId: number;
  /** The last day of the child's UASC status, when it has ended. */
  readonly endDate: Iso;
}

export interface MissingRecord {
  readonly childId: number;
  readonly missingType: string;
  readonly startDate: string;
  readonly endDate: Iso;
}

export interface HealthRecord {
  readonly childId: number;
  readonly healthAssessed: boolean;
  readonly teethChecked: boolean;
  /** The latest immunisation check in the year, null when none. */
  readonly immunisationsUpToDate: boolean | null;
  readonly sdqScore: number | null;
  readonly sdqReason: string | null;
  /** The latest substance misuse check in the year, null when none. */
  readonly substanceMisuse: boolean | null;
  readonly interventionReceived: boolean | null;
  readonly interventionOffered: boolean | null;
  /** A conviction recorded in the year. */
  readonly convicted: boolean;
}

export interface CareLeaverRecord {
  readonly childId: number;
  /** The contact nearest after the window opened around the birthday in the year; null when none. */
  readonly inTouch: string | null;
  readonly activity: string | null;
  readonly accommodation: string | null;
  readonly accommodationSuitable: boolean | null;
}

export interface AdoptionRecord {
  readonly childId: number;
  /** The decision the child should be placed for adoption (none recorded: blank). */
  readonly shouldBePlacedDate: Iso;
  readonly matchedDate: Iso;
  /** The placement the child was adopted from was with their own foster carers (A3, A5). */
  readonly adoptedByFosterCarer: boolean;
  /** SEX_ADOPTR and LS_ADOPTR as recorded with the match (none recorded: blank). */
  readonly adoptersSex: AdopterSex | null;
  readonly adoptersLegalStatus: string | null;
}

export interface AdoptionDecisionRecord {
  readonly childId: number;
  readonly shouldBePlacedDate: string;
  readonly ceasedDate: Iso;
  readonly reasonCeased: string | null;
}

export interface PreviousPermanenceRecord {
  readonly childId: number;
  /** Harbour's own latest order before the period: P1 adoption, P2 special guardianship, P3 child arrangements, else Z1. */
  readonly option: string;
  readonly localAuthority: string | null;
  readonly date: Iso;
  /** What the family or previous council said when the period began, when it was recorded. */
  readonly stated?: {
    readonly option: string;
    readonly localAuthority: string | null;
    readonly year: number | null;
    readonly month: number | null;
    readonly day: number | null;
  } | null;
}

export interface SocialWorkerRecord {
  readonly childId: number;
  /** SW_ID: the worker's Social Work England number, else the local id a past return named them by, else XXH and Harbour's id. */
  readonly socialWorkerId: string;
  readonly startDate: string;
  readonly endDate: Iso;
  /** SW_REASON as recorded: why the child was assigned this worker (null on allocations made before Harbour asked). */
  readonly reason: string | null;
  /** Loaded from a past return: its SW_REASON is the return's, given or not, never derived. */
  readonly imported: boolean;
  /** Whether another allocation of the child ended the day this one began (a change of worker, not a first one). */
  readonly followedAnother: boolean;
  /** The leaving date of the worker before, when there was one. */
  readonly previousWorkerLeft: Iso;
}

/** An order authorising the deprivation of a looked-after child's liberty, in force at some time in the year. */
export interface DeprivationOfLibertyRecord {
  readonly childId: number;
  readonly startDate: string;
  readonly endDate: Iso;
}

/** Everything a year's 903 is made from, as build.ts reads it. */
export interface Records903 {
  readonly children: readonly ChildRecord[];
  readonly episodes: readonly EpisodeRecord[];
  readonly reviews: readonly ReviewRecord[];
  readonly uasc: readonly UascRecord[];
  readonly missing: readonly MissingRecord[];
  readonly health: readonly HealthRecord[];
  readonly careLeavers: readonly CareLeaverRecord[];
  readonly adoptions: readonly AdoptionRecord[];
  readonly adoptionDecisions: readonly AdoptionDecisionRecord[];
  readonly previousPermanence: readonly PreviousPermanenceRecord[];
  readonly socialWorkers: readonly SocialWorkerRecord[];
  readonly deprivationOfLiberty: readonly DeprivationOfLibertyRecord[];
}

const uk = (iso: Iso): string => {
  const day = iso ? dayFromIsoDate(iso) : null;
  return day === null ? '' : ukDateOf(day);
};
const flag = (value: boolean | null | undefined): string =>
  value === null || value === undefined ? '' : value ? '1' : '0';

/** A date after the year's end is not yet known to the return: the episode is open at 31 March. */
const byYearEnd = (iso: Iso, year: CollectionYear): Iso => {
  const day = iso ? dayFromIsoDate(iso) : null;
  return day !== null && day <= year.end ? iso : null;
};

/**
 * SEX from 2024-25: M, F or U (not known or not stated); before, 1 (male) or 2 (female) with no code
 * for not known, so an earlier year's return (as the import reads it) is given back in its own codes.
 */
export const sex903 = (sex: string, firstYear: number): string => {
  if (firstYear >= 2024) return sex === 'M' || sex === 'F' ? sex : 'U';
  return sex === 'M' ? '1' : sex === 'F' ? '2' : '';
};

/**
 * MOTHER and MC_DOB: asked of girls looked after in the year (not care leavers only in OC3, rule
 * 628, nor children on short breaks only, rule 399); a mother when Harbour records a birth of her child.
 */
export function motherhood(child: ChildRecord, year: CollectionYear): { MOTHER: string; MC_DOB: string } {
  if (child.sex !== 'F' || !child.lookedAfter || child.shortBreaksOnly) return { MOTHER: '', MC_DOB: '' };
  const born = child.firstChildBorn ? dayFromIsoDate(child.firstChildBorn) : null;
  if (born === null || born > year.end) return { MOTHER: '0', MC_DOB: '' };
  return { MOTHER: '1', MC_DOB: ukDateOf(born) };
}

/** UASC's DUC: the day the status ended, or the 18th birthday, whichever came first by 31 March. */
export function uascCeased(record: UascRecord, dateOfBirth: Iso, year: CollectionYear): string {
  const ended = record.endDate ? dayFromIsoDate(record.endDate) : null;
  const born = dateOfBirth ? dayFromIsoDate(dateOfBirth) : null;
  const eighteen = born === null ? null : birthdayAt(born, 18);
  const ceased = [ended, eighteen].filter((day): day is number => day !== null).sort((a, b) => a - b)[0];
  return ceased !== undefined && ceased <= year.end ? ukDateOf(ceased) : '';
}

type Columns<T extends TableName> = { [C in ColumnOf<T>]: string };

/**
 * OC2: the SDQ is asked of children aged 4 to 16 at 31 March (rules 188, 189), the health check
 * (development assessment) of those under 5, convictions of those 10 or over; the interventions only
 * when a problem was identified.
 */
export function outcomes(
  record: HealthRecord,
  dateOfBirth: Iso,
  year: CollectionYear,
): Omit<Columns<'OC2'>, 'CHILD' | 'DOB'> {
  const born = dateOfBirth ? dayFromIsoDate(dateOfBirth) : null;
  const age = born === null ? null : ageInYears(born, year.end);
  const sdqAsked = age !== null && age >= 4 && age <= 16;
  const underFive = age !== null && age < 5;
  return {
    SDQ_SCORE: sdqAsked && record.sdqScore !== null ? String(record.sdqScore) : '',
    SDQ_REASON: sdqAsked && record.sdqScore === null ? (record.sdqReason ?? '') : '',
    // Asked from the age of criminal responsibility (rules 542, 543).
    CONVICTED: age !== null && age >= 10 ? flag(record.convicted) : '',
    HEALTH_CHECK: underFive ? flag(record.healthAssessed) : '',
    IMMUNISATIONS: flag(record.immunisationsUpToDate ?? false),
    TEETH_CHECK: flag(record.teethChecked),
    HEALTH_ASSESSMENT: flag(record.healthAssessed),
    SUBSTANCE_MISUSE: flag(record.substanceMisuse ?? false),
    INTERVENTION_RECEIVED: record.substanceMisuse ? flag(record.interventionReceived) : '',
    INTERVENTION_OFFERED: record.substanceMisuse ? flag(record.interventionOffered) : '',
  };
}

/**
 * OC3: not in touch when no contact was recorded around the birthday; activity and accommodation
 * are blank for a young person who died or went home to parents (rule 344), 0 when the council is
 * not in touch, and the accommodation code carries 1 (suitable) or 2 (not suitable).
 */
export function afterCare(record: CareLeaverRecord): Pick<Columns<'OC3'>, 'IN_TOUCH' | 'ACTIV' | 'ACCOM'> {
  const inTouch = record.inTouch ?? 'NO';
  if (inTouch === 'DIED' || inTouch === 'RHOM') return { IN_TOUCH: inTouch, ACTIV: '', ACCOM: '' };
  if (inTouch !== 'YES') return { IN_TOUCH: inTouch, ACTIV: '0', ACCOM: '0' };
  const suitability = record.accommodationSuitable === null ? '' : record.accommodationSuitable ? '1' : '2';
  return {
    IN_TOUCH: inTouch,
    ACTIV: record.activity ?? '0',
    ACCOM: record.accommodation ? `${record.accommodation}${suitability}` : '0',
  };
}

/**
 * SW_REASON, why the child was assigned this social worker: as recorded. An allocation made before
 * Harbour asked says what its record shows: the first after none is first contact or re-referral
 * (FCONTA), one taken over from a worker who had left by that day LEFTRL; anything else is left
 * blank for the council to give, rather than guessed.
 */
export const socialWorkerChangeReason = (record: SocialWorkerRecord): string => {
  if (record.reason !== null || record.imported) return record.reason ?? '';
  if (!record.followedAnother) return 'FCONTA';
  return record.previousWorkerLeft && record.previousWorkerLeft <= record.startDate ? 'LEFTRL' : '';
};

/** The latest day a date known only to its month or year can be. */
function latestDayOf(year: number, month: number | null, day: number | null): number {
  if (day !== null && month !== null) return dayFromParts(year, month, day) ?? Infinity;
  const [nextYear, nextMonth] = month === null || month === 12 ? [year + 1, 1] : [year, month + 1];
  return dayFromParts(nextYear, nextMonth, 1)! - 1;
}

const two = (part: number | null) => (part === null ? 'ZZ' : String(part).padStart(2, '0'));

/**
 * PrevPerm's PREV_PERM, LA_PERM and DATE_PERM (ZZ for a part not known). What was said at entry
 * stands, unless Harbour holds an order it does not know of: the guide asks for the order the child
 * last left care through, so Harbour's own wins over "none" (Z1) or "not known" (P4), and over an
 * order said to be made before Harbour's (its latest possible day earlier than Harbour's order).
 */
export function previousPermanenceRow(
  record: PreviousPermanenceRecord,
): Pick<Columns<'PrevPerm'>, 'PREV_PERM' | 'LA_PERM' | 'DATE_PERM'> {
  const own = { PREV_PERM: record.option, LA_PERM: record.localAuthority ?? '', DATE_PERM: uk(record.date) };
  const stated = record.stated;
  if (!stated) return own;
  if (record.option !== 'Z1' && record.date) {
    if (stated.option === 'Z1' || stated.option === 'P4') return own;
    if (stated.year !== null && latestDayOf(stated.year, stated.month, stated.day) < dayFromIsoDate(record.date)!)
      return own;
  }
  const given = stated.option === 'P1' || stated.option === 'P2' || stated.option === 'P3';
  return {
    PREV_PERM: stated.option,
    LA_PERM: stated.localAuthority ?? '',
    DATE_PERM: given ? `${two(stated.day)}/${two(stated.month)}/${stated.year ?? 'ZZZZ'}` : '',
  };
}

/** ISO dates order as text; a plain comparison, not the locale's (tens of times slower). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byChildThenDate =
  <R extends { childId: number }>(key: (row: R) => string) =>
  (a: R, b: R) =>
    a.childId - b.childId || byText(key(a), key(b));

/** The year's 903 tables from Harbour's records. */
export function shape903(records: Records903, year: CollectionYear): Tables903 {
  const tables = emptyTables();
  const child = new Map(records.children.map((record) => [record.childId, record]));
  const dob = (childId: number) => uk(child.get(childId)?.dateOfBirth ?? null);
  const push = <T extends TableName>(table: T, row: Omit<Row903<T>, '$row'>) =>
    (tables[table] as Row903<T>[]).push({ ...row, $row: tables[table].length + 1 });

  for (const record of [...records.children].sort((a, b) => a.childId - b.childId))
    push('Header', {
      CHILD: String(record.childId),
      SEX: sex903(record.sex, year.firstYear),
      DOB: uk(record.dateOfBirth),
      ETHNIC: record.ethnicity,
      UPN: record.upn ?? record.upnUnknown ?? '',
      ...motherhood(record, year),
    });

  for (const episode of [...records.episodes].sort(byChildThenDate((row) => row.startDate))) {
    const ended = byYearEnd(episode.endDate, year);
    push('Episodes', {
      CHILD: String(episode.childId),
      DECOM: uk(episode.startDate),
      RNE: episode.reasonNewEpisode,
      LS: episode.legalStatus,
      CIN: episode.categoryOfNeed,
      PLACE: episode.placementType,
      PLACE_PROVIDER: episode.placementProvider ?? '',
      DEC: uk(ended),
      REC: ended ? (episode.reasonCeased ?? '') : '',
      REASON_PLACE_CHANGE: ended ? (episode.reasonPlaceChange ?? '') : '',
      HOME_POST: episode.homePostcode ?? '',
      PL_POST: episode.placementPostcode ?? '',
      // The guide's mark for a placement with no Ofsted registration of its own.
      URN: episode.urn ?? 'XXXXXXX',
    });
  }

  for (const review of [...records.reviews].sort(byChildThenDate((row) => row.reviewDate)))
    push('Reviews', {
      CHILD: String(review.childId),
      DOB: dob(review.childId),
      REVIEW: uk(review.reviewDate),
      REVIEW_CODE: review.participation,
    });

  for (const record of [...records.uasc].sort((a, b) => a.childId - b.childId)) {
    const known = child.get(record.childId);
    push('UASC', {
      CHILD: String(record.childId),
      SEX: sex903(known?.sex ?? '', year.firstYear),
      DOB: dob(record.childId),
      DUC: uascCeased(record, known?.dateOfBirth ?? null, year),
    });
  }

  for (const episode of [...records.missing].sort(byChildThenDate((row) => row.startDate)))
    push('Missing', {
      CHILD: String(episode.childId),
      DOB: dob(episode.childId),
      MISSING: episode.missingType,
      MIS_START: uk(episode.startDate),
      MIS_END: uk(byYearEnd(episode.endDate, year)),
    });

  for (const record of [...records.health].sort((a, b) => a.childId - b.childId))
    push('OC2', {
      CHILD: String(record.childId),
      DOB: dob(record.childId),
      ...outcomes(record, child.get(record.childId)?.dateOfBirth ?? null, year),
    });

  for (const record of [...records.careLeavers].sort((a, b) => a.childId - b.childId))
    push('OC3', { CHILD: String(record.childId), DOB: dob(record.childId), ...afterCare(record) });

  for (const record of [...records.adoptions].sort((a, b) => a.childId - b.childId))
    push('AD1', {
      CHILD: String(record.childId),
      DOB: dob(record.childId),
      DATE_INT: uk(record.shouldBePlacedDate),
      DATE_MATCH: uk(record.matchedDate),
      FOSTER_CARE: flag(record.adoptedByFosterCarer),
      // The number of adopters is read from their sexes (M1, F1 one; a couple two).
      NB_ADOPTR: record.adoptersSex ? String(numberOfAdopters(record.adoptersSex)) : '',
      SEX_ADOPTR: record.adoptersSex ?? '',
      LS_ADOPTR: record.adoptersLegalStatus ?? '',
    });

  for (const record of [...records.adoptionDecisions].sort(byChildThenDate((row) => row.shouldBePlacedDate)))
    push('PlacedAdoption', {
      CHILD: String(record.childId),
      DOB: dob(record.childId),
      DATE_PLACED: uk(record.shouldBePlacedDate),
      DATE_PLACED_CEASED: uk(record.reasonCeased ? byYearEnd(record.ceasedDate, year) : null),
      REASON_PLACED_CEASED: record.reasonCeased && byYearEnd(record.ceasedDate, year) ? record.reasonCeased : '',
    });

  for (const record of [...records.previousPermanence].sort((a, b) => a.childId - b.childId))
    push('PrevPerm', {
      CHILD: String(record.childId),
      DOB: dob(record.childId),
      ...previousPermanenceRow(record),
    });

  if (tablesInYear(year.firstYear).includes('SWEpisodes'))
    for (const record of [...records.socialWorkers].sort(byChildThenDate((row) => row.startDate))) {
      push('SWEpisodes', {
        CHILD: String(record.childId),
        DOB: dob(record.childId),
        SW_ID: record.socialWorkerId,
        SW_DECOM: uk(record.startDate),
        SW_DEC: uk(byYearEnd(record.endDate, year)),
        SW_REASON: socialWorkerChangeReason(record),
      });
    }

  // DoLo from 2026-27: an order ending after 31 March is still in force in the return (rule 704).
  if (tablesInYear(year.firstYear).includes('DoLo'))
    for (const record of [...records.deprivationOfLiberty].sort(byChildThenDate((row) => row.startDate)))
      push('DoLo', {
        CHILD: String(record.childId),
        DOB: dob(record.childId),
        DOLO_START: uk(record.startDate),
        DOLO_END: uk(byYearEnd(record.endDate, year)),
      });
  return tables;
}
