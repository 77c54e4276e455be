import type { ChronologySource } from '../../platform/records/chronology.ts';
import { childEvent, inDateOrder } from '../../platform/records/chronology.ts';
import { sourceName } from './model.ts';
import {
  assessmentOutcomes,
  closureReasons,
  primaryNeedCodes,
  type AssessmentOutcome,
  type ClosureReason,
  type PrimaryNeedCode,
} from './codes.ts';
import { longDate } from '../../core/dateText.ts';

/** Referrals received and closed; assessments started and authorised. */
export const assessmentChronology: ChronologySource = async (db, childIds) => {
  if (childIds.length === 0) return [];
  const [referrals, assessments] = await Promise.all([
    db.selectFrom('referrals').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
    db.selectFrom('assessments').selectAll().where('child_id', 'in', childIds).orderBy('id').execute(),
  ]);
  return inDateOrder([
    ...referrals.flatMap((referral) => {
      const need = referral.primary_need
        ? `, primary need ${referral.primary_need} ${primaryNeedCodes[referral.primary_need as PrimaryNeedCode]}`
        : '';
      const nfa = referral.no_further_action ? ', no further action' : '';
      return [
        childEvent(
          'referrals',
          referral,
          referral.referral_date,
          'referral',
          `Referral received from ${sourceName(referral.source)}${need}${nfa}`,
        ),
        ...(referral.closure_date && referral.closure_reason
          ? [
              childEvent(
                'referrals',
                referral,
                referral.closure_date,
                'referral',
                `Referral closed: ${referral.closure_reason} ${closureReasons[referral.closure_reason as ClosureReason]}`,
              ),
            ]
          : []),
      ];
    }),
    ...assessments.flatMap((assessment) => {
      const seen = assessment.child_seen_date
        ? ` Child seen${assessment.child_seen_alone ? ' alone' : ''} on ${longDate(assessment.child_seen_date)}.`
        : '';
      const factors = assessment.factors.length ? ` Factors: ${assessment.factors.join(', ')}.` : '';
      const outcome = assessment.outcome ? `: ${assessmentOutcomes[assessment.outcome as AssessmentOutcome]}.` : '.';
      return [
        childEvent('assessments', assessment, assessment.start_date, 'assessment', 'Single assessment started'),
        ...(assessment.authorisation_date
          ? [
              childEvent(
                'assessments',
                assessment,
                assessment.authorisation_date,
                'assessment',
                `Single assessment authorised${outcome}${seen}${factors}`,
              ),
            ]
          : []),
      ];
    }),
  ]);
};
