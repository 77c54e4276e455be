// Care leaver contacts and pathway plans in a young person's chronology.
import type { ChronologyEvent, ChronologySource } from '../../platform/records/chronology.ts';
import { described } from '../../platform/records/plainData.ts';
import { accommodationCodes, activityCodes, eligibilityCategories, inTouchCodes } from './codes.ts';
import { careLeaverRecordsOf } from './store.ts';

type Contact = Awaited<ReturnType<typeof careLeaverRecordsOf>>['contacts'][number];

function contactSummary(contact: Contact): string {
  const parts = [`Keeping in touch contact: ${inTouchCodes[contact.in_touch as keyof typeof inTouchCodes]}`];
  if (contact.accommodation)
    parts.push(
      `accommodation ${described(accommodationCodes, contact.accommodation)}, ${contact.accommodation_suitable ? 'suitable' : 'not suitable'}`,
    );
  if (contact.activity) parts.push(`activity ${described(activityCodes, contact.activity)}`);
  return parts.join('; ');
}

export const leavingCareChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const { careLeavers, eligibility, pathwayPlans, reviews, contacts } = await careLeaverRecordsOf(db, childIds);
  const event = (
    date: string,
    type: string,
    summary: string,
    childId: number,
    recordType: string,
    recordId: number,
  ): ChronologyEvent => ({
    date,
    type,
    summary,
    childIds: [childId],
    recordType,
    recordId,
  });
  const events: ChronologyEvent[] = [
    ...eligibility.map((entry) =>
      event(
        entry.start_date,
        'care-leaver',
        `Care leaver category: ${eligibilityCategories[entry.category as keyof typeof eligibilityCategories]}`,
        entry.child_id,
        'care_leaver_eligibility',
        entry.id,
      ),
    ),
    ...careLeavers.flatMap((careLeaver) => [
      ...(careLeaver.needs_assessment_date
        ? [
            event(
              careLeaver.needs_assessment_date,
              'pathway-plan',
              'Needs assessment for the pathway plan completed',
              careLeaver.child_id,
              'care_leavers',
              careLeaver.id,
            ),
          ]
        : []),
      ...(careLeaver.service_end_date
        ? [
            event(
              careLeaver.service_end_date,
              'care-leaver',
              'Leaving care service ended',
              careLeaver.child_id,
              'care_leavers',
              careLeaver.id,
            ),
          ]
        : []),
    ]),
    ...pathwayPlans.map((plan) =>
      event(plan.plan_date, 'pathway-plan', 'Pathway plan written', plan.child_id, 'pathway_plans', plan.id),
    ),
    ...reviews.map((review) =>
      event(
        review.review_date,
        'pathway-plan',
        'Pathway plan reviewed',
        review.child_id,
        'pathway_plan_reviews',
        review.id,
      ),
    ),
    ...contacts.map((contact) =>
      event(
        contact.contact_date,
        'care-leaver-contact',
        contactSummary(contact),
        contact.child_id,
        'care_leaver_contacts',
        contact.id,
      ),
    ),
  ];
  return events.sort((a, b) => a.date.localeCompare(b.date));
};
