// The care record's lines in a child's chronology.
import { rowsWithin, type ChronologyEvent, type ChronologySource } from '../../platform/records/chronology.ts';
import {
  categoriesOfNeed,
  healthAssessmentTypes,
  legalStatuses,
  placementTypes,
  reasonsEpisodeCeased,
  reasonsForPlacementChange,
  reviewParticipation,
} from './codes.ts';
import { described } from '../../platform/records/plainData.ts';
import type { CareEpisode } from './schema.ts';

const placementChangingReasons = ['P', 'T', 'B', 'U'];
const legalStatusChangingReasons = ['L', 'T', 'U'];

/** A new episode within a period: what changed, and why the placement changed (recorded on the episode that ended). */
function episodeChange(episode: CareEpisode, previous: CareEpisode | undefined): ChronologyEvent {
  const parts: string[] = [];
  if (legalStatusChangingReasons.includes(episode.reason_new_episode))
    parts.push(`Legal status changed to ${described(legalStatuses, episode.legal_status)}`);
  const placementChanged = placementChangingReasons.includes(episode.reason_new_episode);
  if (placementChanged) {
    const sameCarers = ['B', 'U'].includes(episode.reason_new_episode) ? ' with the same carers' : '';
    parts.push(`Placement changed${sameCarers} to ${described(placementTypes, episode.placement_type)}`);
    if (previous?.reason_place_change)
      parts.push(`reason: ${described(reasonsForPlacementChange, previous.reason_place_change)}`);
  }
  return {
    date: episode.start_date,
    type: placementChanged ? 'placement' : 'legal-status',
    summary: parts.join('; '),
    childIds: [episode.child_id],
    recordType: 'care_episodes',
    recordId: episode.id,
  };
}

export const careChronology: ChronologySource = async (db, childIds, reach) => {
  if (childIds.length === 0) return [];
  const [periods, episodes, reviews, healthAssessments, dentalChecks, plans] = await Promise.all([
    db.selectFrom('periods_of_care').selectAll().where('child_id', 'in', childIds).execute(),
    db
      .selectFrom('care_episodes')
      .selectAll()
      .where('child_id', 'in', childIds)
      .orderBy('child_id')
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    rowsWithin(
      reach,
      db.selectFrom('looked_after_reviews').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'review_date',
    ),
    rowsWithin(
      reach,
      db.selectFrom('health_assessments').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'assessment_date',
    ),
    rowsWithin(
      reach,
      db.selectFrom('dental_checks').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'check_date',
    ),
    rowsWithin(
      reach,
      db.selectFrom('personal_education_plans').selectAll().where('child_id', 'in', childIds).orderBy('id'),
      'plan_date',
    ),
  ]);
  const events: ChronologyEvent[] = [];
  for (const period of periods) {
    const inPeriod = episodes.filter((episode) => episode.period_of_care_id === period.id);
    const first = inPeriod[0];
    const last = inPeriod.at(-1);
    const base = { childIds: [period.child_id], recordType: 'periods_of_care', recordId: period.id };
    if (first) {
      events.push({
        ...base,
        date: period.start_date,
        type: 'period-of-care',
        summary: `Started to be looked after: ${described(legalStatuses, first.legal_status)}; placed in ${described(placementTypes, first.placement_type)}; category of need ${described(categoriesOfNeed, first.category_of_need)}`,
      });
    }
    inPeriod.slice(1).forEach((episode, index) => events.push(episodeChange(episode, inPeriod[index])));
    if (period.care_plan_date)
      events.push({ ...base, date: period.care_plan_date, type: 'care-plan', summary: 'Care plan in place' });
    if (period.end_date && last?.reason_ceased) {
      events.push({
        ...base,
        date: period.end_date,
        type: 'period-of-care',
        summary: `Stopped being looked after: ${described(reasonsEpisodeCeased, last.reason_ceased)}`,
      });
    }
  }
  for (const review of reviews) {
    events.push({
      date: review.review_date,
      type: 'looked-after-review',
      summary: `Looked after review held; participation: ${described(reviewParticipation, review.participation)}`,
      childIds: [review.child_id],
      recordType: 'looked_after_reviews',
      recordId: review.id,
    });
  }
  for (const assessment of healthAssessments) {
    events.push({
      date: assessment.assessment_date,
      type: 'health',
      summary: `${healthAssessmentTypes[assessment.assessment_type as keyof typeof healthAssessmentTypes]} held`,
      childIds: [assessment.child_id],
      recordType: 'health_assessments',
      recordId: assessment.id,
    });
  }
  for (const check of dentalChecks) {
    events.push({
      date: check.check_date,
      type: 'health',
      summary: 'Dental check',
      childIds: [check.child_id],
      recordType: 'dental_checks',
      recordId: check.id,
    });
  }
  for (const plan of plans) {
    events.push({
      date: plan.plan_date,
      type: 'education',
      summary: 'Personal education plan',
      childIds: [plan.child_id],
      recordType: 'personal_education_plans',
      recordId: plan.id,
    });
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
};
