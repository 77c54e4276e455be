// Pure rules for care leavers.
import type { EligibilityCategory, InTouchCode } from './codes.ts';

/** Only a contact in which the local authority was in touch with the young person keeps in touch (903 OC3 IN_TOUCH YES). */
export const keepsInTouch = (inTouch: string): boolean => (inTouch as InTouchCode) === 'YES';

/**
 * The day the young person became an eligible child, from their categories over time: the
 * earliest eligible, relevant or former relevant category. A qualifying care leaver is owed
 * advice and assistance but no pathway plan (CPPCR reg 40–42).
 */
export function eligibleDateOf(categories: readonly { category: string; startDate: string }[]): string | undefined {
  const owedPathwayPlan: readonly EligibilityCategory[] = ['eligible', 'relevant', 'former-relevant'];
  return categories
    .filter((entry) => (owedPathwayPlan as readonly string[]).includes(entry.category))
    .map((entry) => entry.startDate)
    .sort()[0];
}
