// The adoption plan as the SSDA903 reads it (PlacedAdoption, AD1), one place for the export and the
// import: the reason a decision to place for adoption was reversed, and the adopters' number.
import { sql, type RawBuilder } from 'kysely';
import type { AdoptionPlanChangeReason, ReasonPlacedForAdoptionCeased } from './codes.ts';

/**
 * REASON_PLACED_CEASED of a decision reversed before the child was placed: the guide asks it of
 * every reversed decision (rules 119, 557), while Harbour asks the RD code only of a placement that
 * ceased, so the plan's own reason for changing stands for it.
 */
export const reasonPlacedCeasedFor: Record<AdoptionPlanChangeReason, ReasonPlacedForAdoptionCeased> = {
  'needs-changed': 'RD1',
  'no-placement-order': 'RD2',
  'no-adopters-found': 'RD3',
  'returned-to-family': 'RD4',
  'special-guardianship': 'RD4',
  'long-term-fostering': 'RD4',
  'placement-disrupted': 'RD4',
  other: 'RD4',
};

/** The plan's reason for changing that a past 903's RD code is read as. */
export const changeReasonForPlacedCeased: Record<ReasonPlacedForAdoptionCeased, AdoptionPlanChangeReason> = {
  RD1: 'needs-changed',
  RD2: 'no-placement-order',
  RD3: 'no-adopters-found',
  RD4: 'other',
};

/** REASON_PLACED_CEASED in SQL for an adoption plan row under `plan` (an alias): its own RD code, else its reason's. */
export const reasonPlacedCeasedSql = (plan: string): RawBuilder<string | null> => {
  const column = (name: string) => sql.ref(`${plan}.${name}`);
  const cases = Object.entries(reasonPlacedCeasedFor).map(([reason, code]) => sql`when ${reason} then ${code}`);
  return sql`coalesce(${column('reason_placed_ceased')}, case ${column('plan_change_reason')} ${sql.join(cases, sql` `)} end)`;
};
