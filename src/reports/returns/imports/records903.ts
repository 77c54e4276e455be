// Each SSDA903 table's row as Harbour's record, one pure function per table: the import loads
// what they give, and a test of the round trip (import, then export the same year) compares the
// export's rows with these. A value Harbour could not store is a problem with the row, in words.
import type { ImportedChild } from '../../../areas/people/index.ts';
import type { ImportedEpisode, ImportedHealthOutcomes, ImportedReview } from '../../../areas/care/index.ts';
import type { ImportedMissingEpisode } from '../../../areas/missing/index.ts';
import type { ImportedCareLeaverContact } from '../../../areas/leavingcare/index.ts';
import {
  birthdayAt,
  dayFromIsoDate,
  dayFromParts,
  dayFromUkDate,
  isoDateOf,
  type CollectionYear,
} from '../returnDates.ts';
import type { Row903, TableName } from '../ssda903/tables.ts';
import {
  categoryOfNeedCodes,
  ethnicCodes,
  legalStatusCodes,
  placementCodes,
  placementProviderCodes,
  reasonEpisodeCeasedCodes,
  reasonForNewEpisodeCodes,
  reasonPlaceChangeCodes,
  accommodationCodes,
  activityCodes,
  inTouchCodes,
  missingCodes,
  reviewParticipationCodes,
  sdqReasonCodes,
} from '../ssda903/validCodes.ts';

export type Mapped<T> = { readonly record: T; readonly problems?: never } | { readonly problems: string[] };

/** The days a date in a return may fall on: from 1 January 1900 to the day of the import. */
export interface DateWindow {
  readonly earliest: number;
  readonly latest: number;
}

/** The columns of each table Harbour does not keep: an export cannot give them back. */
export const notCarried903: Partial<Record<TableName, readonly string[]>> = {};

/** Reads a row's values, collecting each problem in words. */
export class RowReader {
  readonly problems: string[] = [];
  constructor(
    private readonly values: object,
    private readonly window: DateWindow,
  ) {}

  text(column: string): string | null {
    const raw = (this.values as Record<string, unknown>)[column];
    const value = typeof raw === 'string' ? raw.trim() : '';
    return value === '' ? null : value;
  }

  required(column: string): string | null {
    const value = this.text(column);
    if (value === null) this.problems.push(`${column} is blank`);
    return value;
  }

  code(column: string, codes: ReadonlySet<string>, required: boolean): string | null {
    const value = required ? this.required(column) : this.text(column);
    if (value === null) return null;
    const code = value.toUpperCase();
    if (codes.has(code)) return code;
    this.problems.push(`${column} ${value} is not a code of the return`);
    return null;
  }

  /** A date the return writes as DD/MM/YYYY (903) or YYYY-MM-DD (CIN), as YYYY-MM-DD. */
  date(column: string, required: boolean, read: (text: string) => number | null = dayFromUkDate): string | null {
    const value = required ? this.required(column) : this.text(column);
    if (value === null) return null;
    const day = read(value);
    if (day === null) {
      this.problems.push(`${column} ${value} is not a real date`);
      return null;
    }
    if (day < this.window.earliest || day > this.window.latest) {
      this.problems.push(`${column} ${value} is not a possible date (before 1900 or after today)`);
      return null;
    }
    return isoDateOf(day);
  }

  matches(column: string, pattern: RegExp, what: string): string | null {
    const value = this.text(column)?.toUpperCase() ?? null;
    if (value === null || pattern.test(value)) return value;
    this.problems.push(`${column} ${value} is not ${what}`);
    return null;
  }

  done<T>(record: T): Mapped<T> {
    return this.problems.length ? { problems: this.problems } : { record };
  }
}

// The shapes Harbour's constraints hold (people 0002, care 0021).
const upnPattern = /^[A-Z][0-9]{11}[0-9A-Z]$/;
const upnUnknownPattern = /^UN[1-7]$/;
const postcodePattern = /^[A-Z]{1,2}[0-9][0-9A-Z]?( [0-9]([A-Z]{2})?)?$/;
const urnPattern = /^[A-Z0-9]{6,8}$/;

/** SEX: M, F or U from 2024-25; 1 (male) or 2 (female) before. */
export function sexOf(reader: RowReader, column: string): 'M' | 'F' | 'U' | null {
  const value = reader.required(column);
  if (value === null) return null;
  const sex = ({ '1': 'M', '2': 'F', M: 'M', F: 'F', U: 'U' } as const)[value.toUpperCase() as 'M'];
  if (!sex) reader.problems.push(`${column} ${value} is not a code of the return (M, F or U; 1 or 2 before 2024-25)`);
  return sex ?? null;
}

/** A Header row as the child Harbour records (MOTHER and MC_DOB are records903Child.ts's). */
export function headerRecord(row: Row903<'Header'>, window: DateWindow): Mapped<ImportedChild> {
  const reader = new RowReader(row, window);
  const upn = reader.text('UPN')?.toUpperCase() ?? null;
  const unknown = upn !== null && upnUnknownPattern.test(upn);
  if (upn !== null && !unknown && !upnPattern.test(upn))
    reader.problems.push(`UPN ${upn} is not a UPN (a letter, 11 digits and a digit or letter) or UN1–UN7`);
  return reader.done({
    previousSystemId: row.CHILD.trim(),
    sex: sexOf(reader, 'SEX'),
    dateOfBirth: reader.date('DOB', true),
    ethnicity: reader.code('ETHNIC', ethnicCodes, true),
    upn: unknown ? null : upn,
    upnUnknown: unknown ? upn : null,
  });
}

/** An Episodes row as Harbour's episode. */
export function episodeRecord(row: Row903<'Episodes'>, window: DateWindow): Mapped<ImportedEpisode> {
  const reader = new RowReader(row, window);
  const record = {
    startDate: reader.date('DECOM', true),
    reasonNewEpisode: reader.code('RNE', reasonForNewEpisodeCodes, true),
    legalStatus: reader.code('LS', legalStatusCodes, true),
    categoryOfNeed: reader.code('CIN', categoryOfNeedCodes, true),
    placementType: reader.code('PLACE', placementCodes, true),
    placementProvider: reader.code('PLACE_PROVIDER', placementProviderCodes, false),
    endDate: reader.date('DEC', false),
    reasonCeased: reader.code('REC', reasonEpisodeCeasedCodes, false),
    reasonPlaceChange: reader.code('REASON_PLACE_CHANGE', reasonPlaceChangeCodes, false),
    homePostcode: reader.matches('HOME_POST', postcodePattern, 'a postcode or its district and sector'),
    placementPostcode: reader.matches('PL_POST', postcodePattern, 'a postcode or its district and sector'),
    urn: reader.matches('URN', urnPattern, 'an Ofsted URN of 6 to 8 letters and digits'),
  };
  if (record.startDate && record.endDate && record.endDate < record.startDate)
    reader.problems.push(`DEC ${row.DEC} is before DECOM ${row.DECOM}`);
  if (reader.text('DEC') !== null && reader.text('REC') === null)
    reader.problems.push('REC is blank for an episode that ended');
  if (reader.text('DEC') === null && reader.text('REC') !== null)
    reader.problems.push('REC is given for an episode still open');
  if (reader.text('DEC') === null && reader.text('REASON_PLACE_CHANGE') !== null)
    reader.problems.push('REASON_PLACE_CHANGE is given for an episode still open');
  return reader.done(record as ImportedEpisode);
}

/** A Reviews row as Harbour's looked-after review. */
export function reviewRecord(row: Row903<'Reviews'>, window: DateWindow): Mapped<ImportedReview> {
  const reader = new RowReader(row, window);
  return reader.done({
    reviewDate: reader.date('REVIEW', true),
    participation: reader.code('REVIEW_CODE', reviewParticipationCodes, true),
  } as ImportedReview);
}

/** Dates from 1 January 1900 to today (YYYY-MM-DD): a date of birth or an episode outside them is impossible. */
export const dateWindow = (today: string): DateWindow => ({
  earliest: dayFromParts(1900, 1, 1)!,
  latest: dayFromIsoDate(today)!,
});

/** A Missing row as Harbour's missing episode (days only: the return gives no times). */
export function missingRecord(row: Row903<'Missing'>, window: DateWindow): Mapped<ImportedMissingEpisode> {
  const reader = new RowReader(row, window);
  const record = {
    missingType: reader.code('MISSING', missingCodes, true),
    startDate: reader.date('MIS_START', true),
    endDate: reader.date('MIS_END', false),
  };
  if (record.startDate && record.endDate && record.endDate < record.startDate)
    reader.problems.push(`MIS_END ${row.MIS_END} is before MIS_START ${row.MIS_START}`);
  return reader.done(record as ImportedMissingEpisode);
}

/**
 * An OC3 row as a care leaver contact on the young person's 17th to 21st birthday in the year (the
 * return gives no date). ACCOM is a letter and 1 (suitable) or 2 (not); 0 for ACCOM or ACTIV is none.
 */
export function oc3Record(
  row: Row903<'OC3'>,
  window: DateWindow,
  year: CollectionYear | null,
): Mapped<ImportedCareLeaverContact> {
  const reader = new RowReader(row, window);
  const dob = reader.date('DOB', true);
  const accom = reader.code('ACCOM', accommodationCodes, false);
  const activity = reader.code('ACTIV', activityCodes, false);
  const inTouch = reader.code('IN_TOUCH', inTouchCodes, true);
  let contactDate: string | null = null;
  const birth = dob === null ? null : dayFromIsoDate(dob);
  if (!year) reader.problems.push('the collection year is not known: name it with --year');
  else if (birth !== null) {
    const birthday = [17, 18, 19, 20, 21]
      .map((age) => birthdayAt(birth, age))
      .find((day) => day >= year.start && day <= year.end);
    if (birthday === undefined) reader.problems.push(`the young person has no 17th to 21st birthday in ${year.label}`);
    else contactDate = isoDateOf(birthday);
  }
  const given = accom && accom !== '0' ? accom : null;
  return reader.done({
    contactDate,
    inTouch,
    activity: activity === '0' ? null : activity,
    accommodation: given ? given.slice(0, 1) : null,
    accommodationSuitable: given ? given.endsWith('1') : null,
  } as ImportedCareLeaverContact);
}

/** A 0/1 column (OC2's, the Header's MOTHER): true, false, or null when blank. */
export function zeroOrOne(reader: RowReader, column: string): boolean | null {
  const value = reader.text(column);
  if (value === null) return null;
  if (value === '0' || value === '1') return value === '1';
  reader.problems.push(`${column} ${value} is not 0 or 1`);
  return null;
}

/**
 * An OC2 row as the year's health outcomes (the return gives no days). HEALTH_CHECK, the under-fives'
 * development check, is their health assessment; the interventions are asked only after a problem
 * was identified, and offered only when none was received (rules 158, 159, 192, 193).
 */
export function oc2Record(
  row: Row903<'OC2'>,
  window: DateWindow,
  year: CollectionYear | null,
): Mapped<ImportedHealthOutcomes> {
  const reader = new RowReader(row, window);
  reader.date('DOB', true);
  const score = reader.text('SDQ_SCORE');
  if (score !== null && !(/^\d{1,2}$/.test(score) && Number(score) <= 40))
    reader.problems.push(`SDQ_SCORE ${score} is not a score from 0 to 40`);
  const sdqReason = reader.code('SDQ_REASON', sdqReasonCodes, false);
  if (score !== null && sdqReason !== null) reader.problems.push('SDQ_SCORE and SDQ_REASON are both given');
  const substanceMisuse = zeroOrOne(reader, 'SUBSTANCE_MISUSE') ?? false;
  const interventionReceived = zeroOrOne(reader, 'INTERVENTION_RECEIVED');
  const interventionOffered = zeroOrOne(reader, 'INTERVENTION_OFFERED');
  if (!substanceMisuse && (interventionReceived !== null || interventionOffered !== null))
    reader.problems.push('an intervention is given but SUBSTANCE_MISUSE is not 1');
  if (substanceMisuse && interventionReceived === null)
    reader.problems.push('INTERVENTION_RECEIVED is blank for a substance misuse problem');
  if (interventionReceived !== false && interventionOffered !== null)
    reader.problems.push('INTERVENTION_OFFERED is given though an intervention was received');
  if (interventionReceived === false && interventionOffered === null)
    reader.problems.push('INTERVENTION_OFFERED is blank though no intervention was received');
  const healthCheck = zeroOrOne(reader, 'HEALTH_CHECK');
  const healthAssessment = zeroOrOne(reader, 'HEALTH_ASSESSMENT');
  const record = {
    healthAssessed: Boolean(healthAssessment || healthCheck),
    teethChecked: zeroOrOne(reader, 'TEETH_CHECK') ?? false,
    immunisationsUpToDate: zeroOrOne(reader, 'IMMUNISATIONS') ?? false,
    sdqScore: score === null ? null : Number(score),
    sdqReason,
    substanceMisuse,
    interventionReceived: substanceMisuse ? interventionReceived : null,
    interventionOffered: substanceMisuse ? interventionOffered : null,
    convicted: zeroOrOne(reader, 'CONVICTED'),
  };
  if (!year) {
    reader.problems.push('the collection year is not known: name it with --year');
    return reader.done(record as ImportedHealthOutcomes);
  }
  return reader.done({ ...record, yearStart: isoDateOf(year.start), yearEnd: isoDateOf(year.end) });
}

/** A UASC row: the day the status ceased (DUC), blank while it continues. SEX and DOB are the Header's. */
export function uascRecord(row: Row903<'UASC'>, window: DateWindow): Mapped<{ ceasedDate: string | null }> {
  const reader = new RowReader(row, window);
  reader.date('DOB', true);
  sexOf(reader, 'SEX');
  return reader.done({ ceasedDate: reader.date('DUC', false) });
}
