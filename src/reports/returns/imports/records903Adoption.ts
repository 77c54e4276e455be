// The 903's PlacedAdoption and AD1 rows as the child's adoption plans: each row mapped alone, then
// the child's rows read together with their episodes (the adoption is the episode that ended E11 or
// E12). A value Harbour could not store, or rows that contradict each other, is a problem with its line.
import type { ImportedEpisode } from '../../../areas/care/index.ts';
import {
  adoptersAgree,
  numberOfAdopters,
  type AdopterLegalStatus,
  type AdopterSex,
  type ImportedAdoptionPlan,
} from '../../../areas/permanence/index.ts';
import type { Row903 } from '../ssda903/tables.ts';
import {
  adoptedCodes,
  adopterLegalStatusCodes,
  adopterSexCodes,
  numberOfAdoptersCodes,
  placedForAdoptionCodes,
  reasonPlacedCeasedCodes,
} from '../ssda903/validCodes.ts';
import { RowReader, type DateWindow, type Mapped } from './records903.ts';
import type { RowAt } from './report.ts';

/** A PlacedAdoption row: the decision, and how it ceased. */
export interface PlacedAdoptionRow {
  shouldBePlacedDate: string;
  ceased: ImportedAdoptionPlan['ceased'];
  /** REASON_PLACED_CEASED E11 or E12, as some councils wrote an adoption: the day, to agree with the episode's. */
  adoptedOn: string | null;
}

/** An AD1 row: the decision and match of a child adopted in the year, and the adopters. */
export interface Ad1Row {
  shouldBePlacedDate: string | null;
  matchedDate: string | null;
  /** FOSTER_CARE: Harbour reads it from the placement the child was adopted from (A3, A5), so it is checked, not kept. */
  byFosterCarers: boolean | null;
  adopters: ImportedAdoptionPlan['adopters'];
}

type ReasonCeased = NonNullable<ImportedAdoptionPlan['ceased']>['reason'];

const ceasedOrAdopted = new Set([...reasonPlacedCeasedCodes, ...adoptedCodes]);

export function placedAdoptionRecord(row: Row903<'PlacedAdoption'>, window: DateWindow): Mapped<PlacedAdoptionRow> {
  const reader = new RowReader(row, window);
  reader.date('DOB', true);
  const decided = reader.date('DATE_PLACED', true);
  const ceasedDate = reader.date('DATE_PLACED_CEASED', false);
  const reason = reader.code('REASON_PLACED_CEASED', ceasedOrAdopted, false);
  // Rules 119 and 522.
  if ((reader.text('DATE_PLACED_CEASED') === null) !== (reader.text('REASON_PLACED_CEASED') === null))
    reader.problems.push('DATE_PLACED_CEASED and REASON_PLACED_CEASED are given only together');
  if (decided && ceasedDate && ceasedDate < decided)
    reader.problems.push(`DATE_PLACED_CEASED ${row.DATE_PLACED_CEASED} is before DATE_PLACED ${row.DATE_PLACED}`);
  const adopted = reason !== null && adoptedCodes.has(reason);
  return reader.done({
    shouldBePlacedDate: decided!,
    ceased: ceasedDate && reason && !adopted ? { date: ceasedDate, reason: reason as ReasonCeased } : null,
    adoptedOn: adopted ? ceasedDate : null,
  });
}

export function ad1Record(row: Row903<'AD1'>, window: DateWindow): Mapped<Ad1Row> {
  const reader = new RowReader(row, window);
  reader.date('DOB', true);
  const decided = reader.date('DATE_INT', false);
  const matched = reader.date('DATE_MATCH', false);
  const fosterCare = reader.text('FOSTER_CARE');
  if (fosterCare !== null && fosterCare !== '0' && fosterCare !== '1')
    reader.problems.push(`FOSTER_CARE ${fosterCare} is not 0 or 1`);
  const number = reader.code('NB_ADOPTR', numberOfAdoptersCodes, false);
  const sex = reader.code('SEX_ADOPTR', adopterSexCodes, false) as AdopterSex | null;
  const legalStatus = reader.code('LS_ADOPTR', adopterLegalStatusCodes, false) as AdopterLegalStatus | null;
  const given = ['NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'].filter((column) => reader.text(column) !== null);
  if (given.length && given.length < 3)
    reader.problems.push('NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR are given all together or not at all');
  // Rule 511 and its converse.
  if (number && sex && Number(number) !== numberOfAdopters(sex))
    reader.problems.push(`NB_ADOPTR ${number} does not agree with SEX_ADOPTR ${sex}`);
  // Rules 514, 517, 518, 519, 520 and 524.
  if (sex && legalStatus && !adoptersAgree(sex, legalStatus))
    reader.problems.push(`LS_ADOPTR ${legalStatus} does not agree with SEX_ADOPTR ${sex}`);
  if (!decided && (matched || given.length))
    reader.problems.push('DATE_INT is blank: Harbour records the match and the adopters on the adoption plan');
  // Rule 333.
  if (decided && matched && matched < decided)
    reader.problems.push(`DATE_MATCH ${row.DATE_MATCH} is before DATE_INT ${row.DATE_INT}`);
  return reader.done({
    shouldBePlacedDate: decided,
    matchedDate: matched,
    byFosterCarers: fosterCare === null ? null : fosterCare === '1',
    adopters: sex && legalStatus ? { sex, legalStatus } : null,
  });
}

/** A row of the child's with where its problems are reported. */
export type AtLine<T> = { readonly record: T; readonly at: RowAt };

const withFosterCarers = new Set(['A3', 'A5']);

/**
 * The child's adoption plans from their PlacedAdoption rows, AD1 row and episodes, or the problems
 * by line. AD1 is the adoption: its decision (the PlacedAdoption row of the same day, else a new
 * one) is held as adopted on the day the episode ending E11 or E12 ended, not ended — a plan is one
 * or the other — placed when the placement for adoption began, and matched on DATE_MATCH.
 */
export function adoptionPlansOf(
  decisions: readonly AtLine<PlacedAdoptionRow>[],
  ad1: AtLine<Ad1Row> | null,
  episodes: readonly ImportedEpisode[],
  asAt: string | null,
): { plans: ImportedAdoptionPlan[]; problems: { at: RowAt; message: string }[] } {
  const problems: { at: RowAt; message: string }[] = [];
  const planOf = (shouldBePlacedDate: string, ceased: ImportedAdoptionPlan['ceased']): ImportedAdoptionPlan => ({
    shouldBePlacedDate,
    ceased,
    adoption: null,
    adopters: null,
    asAt,
  });
  const plans = new Map(
    decisions.map(({ record }) => [record.shouldBePlacedDate, planOf(record.shouldBePlacedDate, record.ceased)]),
  );
  const adopted = episodes
    .filter((episode) => episode.reasonCeased !== null && adoptedCodes.has(episode.reasonCeased))
    .sort((a, b) => (a.endDate! < b.endDate! ? 1 : -1))[0];
  if (ad1) {
    const { record, at } = ad1;
    const refuse = (message: string) => problems.push({ at, message });
    // Rule 335: FOSTER_CARE agrees with the placement the child was adopted from.
    if (
      adopted &&
      record.byFosterCarers !== null &&
      record.byFosterCarers !== withFosterCarers.has(adopted.placementType)
    )
      refuse(
        `FOSTER_CARE ${record.byFosterCarers ? 1 : 0} does not agree with the placement the child was adopted from (PLACE ${adopted.placementType}): adopted by their foster carers is A3 or A5`,
      );
    const decided = record.shouldBePlacedDate;
    if (decided) {
      const plan = plans.get(decided) ?? planOf(decided, null);
      plans.set(decided, plan);
      const placed = adopted
        ? episodes
            .filter(
              (episode) =>
                placedForAdoptionCodes.has(episode.placementType) &&
                episode.startDate >= decided &&
                episode.startDate <= adopted.endDate!,
            )
            .map((episode) => episode.startDate)
            .sort()[0]
        : undefined;
      // Rules 525, 602, 601, 390 and 331.
      if (plan.ceased) refuse(`the decision of DATE_INT ${decided} was reversed, yet AD1 says the child was adopted`);
      else if (!adopted)
        refuse('no episode of the child ends in adoption (REC E11 or E12), yet AD1 says they were adopted');
      else if (!record.matchedDate) refuse('DATE_MATCH is blank for a child adopted in the year');
      else if (placed === undefined)
        refuse(`no episode places the child for adoption (PLACE A3 to A6) from DATE_INT ${decided} to the adoption`);
      else if (record.matchedDate > placed)
        refuse(`DATE_MATCH ${record.matchedDate} is after the child was placed for adoption on ${placed}`);
      else {
        plan.adoption = { matchedDate: record.matchedDate, placedDate: placed, adoptionOrderDate: adopted.endDate! };
        plan.adopters = record.adopters;
      }
    }
  }
  for (const { record, at } of decisions)
    if (
      record.adoptedOn !== null &&
      plans.get(record.shouldBePlacedDate)?.adoption?.adoptionOrderDate !== record.adoptedOn
    )
      problems.push({
        at,
        message: `REASON_PLACED_CEASED says the child was adopted on ${record.adoptedOn}, but AD1 and the episodes do not show that adoption`,
      });
  return { plans: [...plans.values()], problems };
}
