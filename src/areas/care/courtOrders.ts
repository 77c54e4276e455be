// The court's final orders as the looked-after record should reflect them: a placement order is
// legal status E1, a full care order C2, and an order that gives the child a home outside care ends
// the period of care. Care reads the court (not permanence, which reads care) and offers the change
// the worker confirms, prefilled, rather than making it or asking for the order to be typed again.
import { longDate } from '../../core/dateText.ts';
import { fieldText } from '../../platform/web/forms.ts';
import type { FinalOrderMade } from '../court/index.ts';
import {
  episodeContinues,
  legalStatuses,
  reasonsEpisodeCeased,
  type LegalStatus,
  type ReasonEpisodeCeased,
} from './codes.ts';

type Order = Exclude<FinalOrderMade['order'], 'withdrawn'>;

/** What an order means here: the legal status it gives (and which statuses it replaces), or the reasons the period ceased. */
type OnTheRecord =
  { legalStatus: LegalStatus; replaces?: readonly string[] } | { reasonsCeased: readonly ReasonEpisodeCeased[] };

const orders: Record<Order, { made: string } & OnTheRecord> = {
  'placement-order': { made: 'a placement order', legalStatus: 'E1' },
  'care-order': { made: 'a care order', legalStatus: 'C2', replaces: ['C1', 'V2'] },
  // The 903 tells special guardians apart (former foster carers or not, relatives or friends or not): the worker chooses.
  'special-guardianship-order': { made: 'a special guardianship order', reasonsCeased: ['E45', 'E46', 'E47', 'E48'] },
  'child-arrangements-order': { made: 'a child arrangements order', reasonsCeased: ['E41'] },
  'supervision-order': { made: 'a supervision order', reasonsCeased: [] },
  'no-order': { made: 'no order', reasonsCeased: [] },
};

/** A court order the looked-after record does not reflect yet, with the form that records it, prefilled. */
export interface CourtOrderPrompt {
  text: string;
  link: { text: string; href: string };
}

/**
 * The latest order the court made during the current period of care, when the record does not
 * reflect it: an order made before the period began was known when the period was recorded.
 */
export function courtOrderNotReflected(
  child: { id: number; name: string },
  court: readonly FinalOrderMade[],
  lookedAfter: { periodStart: string; legalStatus: string },
): CourtOrderPrompt | undefined {
  const latest = court.filter((order) => order.madeDate >= lookedAfter.periodStart).at(-1);
  if (!latest || latest.order === 'withdrawn') return undefined;
  const meaning = orders[latest.order];
  const made = `The court made ${meaning.made} for ${child.name} on ${longDate(latest.madeDate)}.`;
  const path = `/children/${child.id}/looked-after`;
  if ('legalStatus' in meaning) {
    const status = lookedAfter.legalStatus;
    if (status === meaning.legalStatus || (meaning.replaces && !meaning.replaces.includes(status))) return undefined;
    return {
      text: `${made} ${child.name}'s legal status here is still ${status} (${legalStatuses[status as LegalStatus] ?? status}).`,
      link: {
        text: `Record the change of legal status to ${meaning.legalStatus}`,
        href: `${path}/legal-status?${new URLSearchParams({ date: latest.madeDate, legalStatus: meaning.legalStatus }).toString()}`,
      },
    };
  }
  const [only] = meaning.reasonsCeased.length === 1 ? meaning.reasonsCeased : [];
  return {
    text: `${made} ${child.name} is still looked after here.`,
    link: {
      text: 'Record the end of the period of care',
      href: `${path}/end?${new URLSearchParams({
        endDate: latest.madeDate,
        ...(only ? { reasonCeased: only } : { courtOrder: latest.order }),
      }).toString()}`,
    },
  };
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A change form's fields filled in from its address (the link above): a date as the GOV.UK date
 * input's three parts and a code from the 903's list; anything else is left out. The POST checks
 * them as it checks what the worker types.
 */
export function prefilledFrom(query: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of ['date', 'endDate']) {
    const [, year, month, day] = isoDate.exec(fieldText(query[field])) ?? [];
    if (year && month && day)
      Object.assign(values, {
        [`${field}-day`]: String(Number(day)),
        [`${field}-month`]: String(Number(month)),
        [`${field}-year`]: year,
      });
  }
  const legalStatus = fieldText(query.legalStatus);
  if (Object.hasOwn(legalStatuses, legalStatus)) values.legalStatus = legalStatus;
  const reasonCeased = fieldText(query.reasonCeased);
  if (Object.hasOwn(reasonsEpisodeCeased, reasonCeased) && reasonCeased !== episodeContinues)
    values.reasonCeased = reasonCeased;
  const courtOrder = fieldText(query.courtOrder);
  if (Object.hasOwn(orders, courtOrder)) values.courtOrder = courtOrder;
  return values;
}

/** The hint on the reason the period ceased when the court's order allows several (a special guardianship order's four). */
export function reasonCeasedHint(courtOrder: unknown): string | undefined {
  const order = fieldText(courtOrder);
  if (!Object.hasOwn(orders, order)) return undefined;
  const meaning = orders[order as Order];
  if (!('reasonsCeased' in meaning) || meaning.reasonsCeased.length < 2) return undefined;
  const reasons = meaning.reasonsCeased;
  return `The court made ${meaning.made}: select ${reasons.slice(0, -1).join(', ')} or ${reasons.at(-1)}, by who the special guardians are.`;
}
