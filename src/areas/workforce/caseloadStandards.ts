import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema.ts';
import { readCouncilSetting } from '../../platform/settings/councilSettings.ts';

/** The council's caseload aspiration (Shropshire: 15–18 per qualified case-holder; ASYE cap 10, Q3 report 7.139). */
export interface CaseloadStandards {
  aspirationLow: number;
  aspirationHigh: number;
  asyeCap: number;
}

export const defaultCaseloadStandards: Readonly<CaseloadStandards> = Object.freeze({
  aspirationLow: 15,
  aspirationHigh: 18,
  asyeCap: 10,
});

const schema = z
  .object({
    aspirationLow: z.number().int().min(1),
    aspirationHigh: z.number().int().min(1),
    asyeCap: z.number().int().min(1),
  })
  .partial();

export const councilCaseloadStandards = (db: Kysely<Database>) =>
  readCouncilSetting(db, 'caseload-standards', schema, defaultCaseloadStandards);

export type CaseloadBand = 'within' | 'below' | 'above';

/** Where a worker's caseload sits against the aspiration; ASYEs against their cap. */
export function caseloadBand(role: string, caseload: number, standards: CaseloadStandards): CaseloadBand {
  if (role === 'asye') return caseload > standards.asyeCap ? 'above' : 'within';
  if (caseload > standards.aspirationHigh) return 'above';
  return caseload < standards.aspirationLow ? 'below' : 'within';
}
