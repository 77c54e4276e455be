// The 903's Header as the young person's motherhood (MOTHER, MC_DOB), the UASC row held to the
// Header, and PrevPerm as what was said at entry to care: pure, like records903.ts, so each refusal is the same whatever Harbour holds.
import type { ImportedChild, ImportedMotherhood } from '../../../areas/people/index.ts';
import type { PreviousPermanence } from '../../../areas/care/index.ts';
import { dayFromParts } from '../returnDates.ts';
import type { Row903 } from '../ssda903/tables.ts';
import { localAuthorityPermanenceCodes, previousPermanenceCodes } from '../ssda903/validCodes.ts';
import { RowReader, sexOf, zeroOrOne, type DateWindow, type Mapped } from './records903.ts';

/**
 * MOTHER and MC_DOB: a mother's first child's date of birth is required (rule 611) and only hers
 * (rule 612), after her own (rule 621). Blank MOTHER says nothing (a boy, a care leaver only in OC3).
 */
export function motherhoodRecord(
  row: Row903<'Header'>,
  window: DateWindow,
  dateOfBirth: string | null,
): Mapped<Omit<ImportedMotherhood, 'yearEnd'> | null> {
  const reader = new RowReader(row, window);
  const mother = zeroOrOne(reader, 'MOTHER');
  const firstChildBorn = reader.date('MC_DOB', false);
  if (mother === true && reader.text('MC_DOB') === null) reader.problems.push('MC_DOB is blank for a mother');
  if (mother !== true && reader.text('MC_DOB') !== null) reader.problems.push('MC_DOB is given but MOTHER is not 1');
  if (firstChildBorn !== null && dateOfBirth !== null && firstChildBorn <= dateOfBirth)
    reader.problems.push(`MC_DOB ${row.MC_DOB} is not after the mother's DOB ${row.DOB}`);
  return reader.done(mother === null ? null : { mother, firstChildBorn });
}

/** A UASC row's SEX and DOB, which must be the Header's (rules INT18, INT21): the problems, in words. */
export function uascAgainstHeader(row: Row903<'UASC'>, window: DateWindow, header: ImportedChild): string[] {
  const reader = new RowReader(row, window);
  const sex = sexOf(reader, 'SEX');
  const dob = reader.date('DOB', true);
  const problems = [];
  if (sex !== null && header.sex !== null && sex !== header.sex)
    problems.push(`UASC gives SEX ${row.SEX.trim()} and the Header ${header.sex}`);
  if (dob !== null && header.dateOfBirth !== null && dob !== header.dateOfBirth)
    problems.push(`UASC gives DOB ${row.DOB.trim()}, not the Header's`);
  return problems;
}

const partialDate = /^(\d{2}|ZZ)\/(\d{2}|ZZ)\/(\d{4}|ZZZZ)$/;

/**
 * A PrevPerm row as what was said of previous permanence: DATE_PERM may be known only to its month
 * or year (ZZ/MM/YYYY, ZZ/ZZ/YYYY, ZZ/ZZ/ZZZZ), and the council and date go only with P1–P3 (rule 635).
 * A blank PREV_PERM says nothing.
 */
export function previousPermanenceRecord(
  row: Row903<'PrevPerm'>,
  window: DateWindow,
): Mapped<PreviousPermanence | null> {
  const reader = new RowReader(row, window);
  reader.date('DOB', true);
  const option = reader.code('PREV_PERM', previousPermanenceCodes, false) as PreviousPermanence['option'] | null;
  const localAuthority = reader.code('LA_PERM', localAuthorityPermanenceCodes, false);
  const date = reader.text('DATE_PERM')?.toUpperCase() ?? null;
  const parts = date === null ? null : partialDate.exec(date);
  const [day, month, year] = (parts?.slice(1) ?? []).map((part) => (/^Z+$/.test(part) ? null : Number(part)));
  if (date !== null && !parts)
    reader.problems.push(`DATE_PERM ${date} is not a date (DD/MM/YYYY, ZZ for what is not known)`);
  else if (parts && ((day != null && month == null) || (month != null && year == null)))
    reader.problems.push(`DATE_PERM ${date} gives a day without its month or a month without its year`);
  else if (parts && year != null) {
    const latest = dayFromParts(year, month ?? 1, day ?? 1);
    if (latest === null || latest > window.latest || latest < window.earliest)
      reader.problems.push(`DATE_PERM ${date} is not a possible date`);
  }
  if ((option === null || option === 'Z1' || option === 'P4') && (localAuthority !== null || date !== null))
    reader.problems.push(`LA_PERM and DATE_PERM go only with PREV_PERM P1, P2 or P3`);
  return reader.done(
    option === null
      ? null
      : { option, localAuthority, orderYear: year ?? null, orderMonth: month ?? null, orderDay: day ?? null },
  );
}
