// Small numbers withheld from those who see aggregates only (leaders and elected members): a count
// from 1 to 4 can identify a child (the DfE's and the ONS's rule for published statistics). 0 is
// shown: it identifies no one. Who sees small numbers is the permission `indicators:children`.
import type { IndicatorUnit } from './model.ts';
import { formatValue } from './format.ts';

/** Numbers from 1 to 4 are withheld: below this. */
export const smallNumberLimit = 5;

/** What a withheld figure reads as on a page. */
export const withheldWords = `fewer than ${smallNumberLimit}`;

/**
 * What a withheld figure is in a CSV or XLSX cell: the short mark the DfE's and the ONS's published
 * tables use for confidential ('[c]'), so a spreadsheet's column stays short and reads as not a number.
 */
export const withheldMark = '[c]';

export const isSmallNumber = (n: number) => n > 0 && n < smallNumberLimit;

/** Whether a unit's figure is made from its denominator as a group of children (a rate's is the whole population; a count has none). */
const dividesByGroup = (unit: IndicatorUnit) => unit !== 'count' && unit !== 'rate10k';

/** Whether a figure rests on a small number: its numerator, or the group it is a share or average of. */
export const restsOnSmallNumber = (unit: IndicatorUnit, numerator: number, denominator: number) =>
  isSmallNumber(numerator) || (dividesByGroup(unit) && isSmallNumber(denominator));

export interface FigureParts {
  value: number | null;
  numerator: number;
  denominator: number;
}

/** A figure as an aggregate-only viewer may see it: each part withheld (`'suppressed'`) when it is small or made from a small part. */
export interface ShownParts {
  value: number | null | 'suppressed';
  numerator: number | 'suppressed';
  denominator: number | 'suppressed';
}

/**
 * Suppresses small numbers: a numerator or denominator from 1 to 4 is withheld, and so is the value
 * made from it (a count is its numerator; a percentage or average of a small group gives it away).
 * A rate per 10,000 divides by the whole population, so only its numerator matters.
 */
export function suppressSmallNumbers(unit: IndicatorUnit, parts: FigureParts): ShownParts {
  return {
    value: restsOnSmallNumber(unit, parts.numerator, parts.denominator) ? 'suppressed' : parts.value,
    numerator: isSmallNumber(parts.numerator) ? 'suppressed' : parts.numerator,
    denominator: isSmallNumber(parts.denominator) ? 'suppressed' : parts.denominator,
  };
}

/** A figure as a viewer may see it: the number for a chart (null when withheld) and its words. */
export interface ShownFigure {
  value: number | null;
  text: string;
  numerator: string;
  denominator: string;
  suppressed: boolean;
}

/** A figure (or none: no row for the period) as words and a number, small numbers withheld when `aggregatesOnly`. */
export function shownFigure(
  unit: IndicatorUnit,
  figure: FigureParts | undefined,
  aggregatesOnly: boolean,
): ShownFigure {
  const parts = figure ?? { value: null, numerator: 0, denominator: 0 };
  const shown = aggregatesOnly ? suppressSmallNumbers(unit, parts) : parts;
  const words = (part: number | 'suppressed') => (part === 'suppressed' ? withheldWords : part.toLocaleString('en-GB'));
  return {
    value: shown.value === 'suppressed' ? null : shown.value,
    text: shown.value === 'suppressed' ? withheldWords : formatValue(unit, shown.value),
    numerator: words(shown.numerator),
    denominator: words(shown.denominator),
    suppressed: shown.value === 'suppressed',
  };
}
