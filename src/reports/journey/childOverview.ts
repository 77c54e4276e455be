import type { Kysely } from 'kysely';
import type { Temporal } from 'temporal-polyfill';
import type { Database } from '../../platform/db/schema.ts';
import type { DueStatus } from '../../core/timescales/model.ts';
import { allocationOn } from '../../areas/workforce/index.ts';
import { familyNetwork } from '../../areas/people/index.ts';
import { loadJourneyParts } from './loadJourney.ts';
import { childStatuses, childStatusNames, childStatusNamesOn, statusParts, type ChildStatus } from './status.ts';
import { toDoOf, type ToDo } from './storedDueItems.ts';

export interface DueItemView {
  rule: string;
  title: string;
  dueOn: string;
  status: DueStatus;
  source: string;
  recordId: string;
}

const toView = (item: ToDo): DueItemView => ({
  rule: item.rule,
  title: item.title,
  dueOn: item.due_on,
  status: item.status,
  source: item.source,
  recordId: item.record_id,
});

/** Strategy discussions not yet held, or decided on a section 47 that has not started. */
const discussionsAwaitingNextStep = (db: Kysely<Database>, childId: number) =>
  db
    .selectFrom('strategy_discussions')
    .select(['strategy_discussions.id', 'strategy_discussions.decision_date as decisionDate'])
    .where('strategy_discussions.child_id', '=', childId)
    .where((eb) =>
      eb.or([
        eb('strategy_discussions.decision', 'is', null),
        eb.and([
          eb('strategy_discussions.decision', '=', 'section-47'),
          eb.not(
            eb.exists(
              eb
                .selectFrom('section_47_enquiries')
                .select('section_47_enquiries.id')
                .whereRef('section_47_enquiries.strategy_discussion_id', '=', 'strategy_discussions.id'),
            ),
          ),
        ]),
      ]),
    )
    .orderBy('strategy_discussions.decision_date')
    .execute();

/** What the child's page shows at the top: statuses, allocation, what is due and overdue, the family with their statuses. */
export async function childOverview(db: Kysely<Database>, childId: number, today: Temporal.PlainDate) {
  const on = today.toString();
  const [toDo, allocation, network, discussions] = await Promise.all([
    toDoOf(db, [childId], on),
    allocationOn(db, childId, on),
    familyNetwork(db, childId),
    discussionsAwaitingNextStep(db, childId),
  ]);
  // The child's and their brothers' and sisters' journeys in one pass, each area reading them
  // together: the parts the statuses and the open work below read, not every visit of every child.
  const familyJourneys = await loadJourneyParts(
    db,
    [childId, ...network.filter((member) => member.kind === 'child').map((member) => member.id)],
    [...statusParts, 'assessments', 'section47Enquiries', 'conferences', 'childInNeedPlans'],
  );
  const journey = familyJourneys.get(childId);
  if (!journey) return undefined;
  const familyStatuses = network.map((member) => {
    const theirs = member.kind === 'child' ? familyJourneys.get(member.id) : undefined;
    return { ...member, statuses: theirs ? childStatusNamesOn(theirs, on) : [] };
  });
  const statuses: ChildStatus[] = childStatuses(journey, on);
  return {
    statuses: statuses.map((status) => ({ status, name: childStatusNames[status] })),
    allocation,
    // Work still to do, overdue first then soonest due; met items are history, shown in the chronology.
    outstanding: toDo.map(toView),
    overdueCount: toDo.filter((item) => item.status === 'overdue').length,
    family: familyStatuses,
    referrals: journey.referrals.slice(-5).reverse(),
    assessments: journey.assessments.filter((assessment) => !assessment.authorisationDate),
    // Child protection work before a plan: discussions and enquiries still to conclude in a conference.
    strategyDiscussions: discussions,
    section47Enquiries: journey.section47Enquiries.filter(
      (enquiry) =>
        !enquiry.initialConferenceNotRequired &&
        !journey.conferences.some(
          (conference) => conference.type === 'initial' && conference.section47Id === enquiry.id,
        ),
    ),
    openPlans: {
      childInNeed: journey.childInNeedPlans.filter((plan) => !plan.endDate || plan.endDate > on),
      childProtection: journey.childProtectionPlans.filter((plan) => !plan.endDate || plan.endDate > on),
      care: journey.periodsOfCare.filter((period) => !period.endDate || period.endDate > on),
    },
  };
}
