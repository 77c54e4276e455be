import type { ChildJourney } from '../../core/timescales/journey.ts';

/** Where a child is in their journey today (a child can be more than one: CIN and in proceedings). */
export type ChildStatus =
  | 'child-in-need'
  | 'child-protection'
  | 'looked-after'
  | 'care-leaver'
  | 'early-help'
  | 'family-help'
  | 'in-proceedings'
  | 'closed';

export const childStatusNames: Record<ChildStatus, string> = {
  'child-in-need': 'Child in need',
  'child-protection': 'Child protection plan',
  'looked-after': 'Looked after',
  'care-leaver': 'Care leaver',
  'early-help': 'Early help',
  'family-help': 'Family Help',
  'in-proceedings': 'In care proceedings',
  closed: 'Not open to children’s social care',
};

/** The parts of a journey a status is read from: statuses of many children read only these. */
export const statusParts = [
  'periodsOfCare',
  'childProtectionPlans',
  'referrals',
  'careLeaver',
  'earlyHelpEpisodes',
  'familyHelp',
  'careProceedings',
] as const satisfies readonly (keyof ChildJourney)[];
type StatusFacts = Pick<ChildJourney, (typeof statusParts)[number]>;

const openOn = (today: string) => (record: { startDate: string; endDate?: string }) =>
  record.startDate <= today && (!record.endDate || record.endDate > today);

/**
 * The statuses derived from the records as of a date. A looked-after child is also a child in
 * need, but shows as looked after, as the DfE counts them; a CP plan likewise.
 */
export function childStatuses(journey: StatusFacts, today: string): ChildStatus[] {
  const open = openOn(today);
  const statuses: ChildStatus[] = [];
  if (journey.periodsOfCare.some(open)) statuses.push('looked-after');
  if (journey.childProtectionPlans.some(open)) statuses.push('child-protection');
  const openReferral = journey.referrals.some(
    (referral) => referral.referralDate <= today && (!referral.closureDate || referral.closureDate > today),
  );
  if (statuses.length === 0 && openReferral) statuses.push('child-in-need');
  const leaver = journey.careLeaver;
  if (
    !statuses.includes('looked-after') &&
    leaver?.eligibleDate &&
    leaver.eligibleDate <= today &&
    (!leaver.serviceEndDate || leaver.serviceEndDate > today) &&
    journey.periodsOfCare.length > 0
  ) {
    statuses.push('care-leaver');
  }
  // Early help is help outside children's social care: the status only while nothing statutory is open.
  if (statuses.length === 0 && journey.earlyHelpEpisodes.some(open)) statuses.push('early-help');
  // Targeted Family Help likewise; under section 17 its referral makes the child a child in need.
  if (statuses.length === 0 && journey.familyHelp.some(open)) statuses.push('family-help');
  if (
    journey.careProceedings.some(
      (proceedings) =>
        proceedings.issueDate <= today && (!proceedings.concludedDate || proceedings.concludedDate > today),
    )
  )
    statuses.push('in-proceedings');
  return statuses.length ? statuses : ['closed'];
}

/** The statuses as people read them ("Looked after"), as the child's page and the front door show them. */
export const childStatusNamesOn = (journey: StatusFacts, today: string): string[] =>
  childStatuses(journey, today).map((status) => childStatusNames[status]);
