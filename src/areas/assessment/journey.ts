import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { ChildJourney, IsoDate } from '../../core/timescales/journey.ts';
import { groupBy, perChild } from '../../platform/records/byChild.ts';

// The records of this area as the timescale rules read them.
/** A referral opens a CIN episode (CINreferralDate … CINclosureDate). */
export interface Referral {
  id: string;
  referralDate: IsoDate;
  closureDate?: IsoDate;
}

export interface SingleAssessment {
  id: string;
  referralId: string;
  startDate?: IsoDate;
  authorisationDate?: IsoDate;
}

declare module '../../core/timescales/journey.ts' {
  interface ChildJourney {
    referrals: Referral[];
    assessments: SingleAssessment[];
  }
}

/** This area's part of a journey with no records. */
export const emptyAssessmentJourney = { referrals: [], assessments: [] };

/** Each child's CIN episodes and single assessments, for the assessment timescale. */
export async function assessmentJourney(
  db: Kysely<Database>,
  childIds: readonly number[],
): Promise<Map<number, Pick<ChildJourney, 'referrals' | 'assessments'>>> {
  const [referrals, assessments] = await Promise.all([
    db
      .selectFrom('referrals')
      .select(['child_id', 'id', 'referral_date', 'closure_date'])
      .where('child_id', 'in', childIds)
      .orderBy('referral_date')
      .execute(),
    db
      .selectFrom('assessments')
      .select(['child_id', 'id', 'referral_id', 'start_date', 'authorisation_date'])
      .where('child_id', 'in', childIds)
      .orderBy('start_date')
      .execute(),
  ]);
  const referralsOf = groupBy(referrals, (row) => row.child_id);
  const assessmentsOf = groupBy(assessments, (row) => row.child_id);
  return perChild(childIds, (childId) => ({
    referrals: (referralsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      referralDate: row.referral_date,
      ...(row.closure_date ? { closureDate: row.closure_date } : {}),
    })),
    assessments: (assessmentsOf.get(childId) ?? []).map((row) => ({
      id: String(row.id),
      referralId: String(row.referral_id),
      startDate: row.start_date,
      ...(row.authorisation_date ? { authorisationDate: row.authorisation_date } : {}),
    })),
  }));
}
