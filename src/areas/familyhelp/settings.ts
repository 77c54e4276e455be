import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import type { TimescaleSetting } from '../../core/timescales/settings.ts';
import { readCouncilSetting } from '../../platform/settings/councilSettings.ts';

declare module '../../core/timescales/settings.ts' {
  interface TimescaleSettings {
    familyPlanReviewWeeks: number;
  }
}

/** The family plan's standard a council sets. */
export const familyHelpSettings: readonly TimescaleSetting[] = [
  {
    kind: 'number',
    name: 'familyPlanReviewWeeks',
    label: 'Family plans reviewed at least every',
    suffix: 'weeks',
    described: 'weeks between family plan reviews',
    min: 2,
    max: 26,
    default: 12,
  },
];

/**
 * The council's Family Help model: early help and child in need kept as two journeys (today's
 * behaviour, the default), or one Family Help journey offered at the front door.
 */
export const familyHelpModels = ['separate', 'unified'] as const;
export type FamilyHelpModel = (typeof familyHelpModels)[number];

export const familyHelpModelSetting = {
  key: 'family-help-model',
  schema: z.object({ model: z.enum(familyHelpModels) }).partial(),
  defaults: { model: 'separate' as FamilyHelpModel },
};

export const readFamilyHelpModel = async (db: Kysely<Database>): Promise<FamilyHelpModel> =>
  (
    await readCouncilSetting(
      db,
      familyHelpModelSetting.key,
      familyHelpModelSetting.schema,
      familyHelpModelSetting.defaults,
    )
  ).model;
