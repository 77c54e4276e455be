import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { ChildJourney } from '../timescales/journey.ts';

/** The child's CIN episodes and single assessments, for the assessment timescale. */
export async function assessmentJourney(db: Kysely<Database>, childId: number): Promise<Pick<ChildJourney, 'referrals' | 'assessments'>> {
  const [referrals, assessments] = await Promise.all([
    db.selectFrom('referrals').select(['id', 'referral_date', 'closure_date']).where('child_id', '=', childId).orderBy('referral_date').execute(),
    db.selectFrom('assessments').select(['id', 'referral_id', 'start_date', 'authorisation_date']).where('child_id', '=', childId).orderBy('start_date').execute(),
  ]);
  return {
    referrals: referrals.map((row) => ({
      id: String(row.id),
      referralDate: row.referral_date,
      ...(row.closure_date ? { closureDate: row.closure_date } : {}),
    })),
    assessments: assessments.map((row) => ({
      id: String(row.id),
      referralId: String(row.referral_id),
      startDate: row.start_date,
      ...(row.authorisation_date ? { authorisationDate: row.authorisation_date } : {}),
    })),
  };
}
