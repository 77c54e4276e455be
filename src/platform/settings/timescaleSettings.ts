import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../access/audit.ts';
import { readCouncilSetting, writeCouncilSetting } from './councilSettings.ts';
import { defaultTimescaleSettings, type TimescaleSettings } from '../../core/timescales/settings.ts';

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label} as a whole number` })
    .int(`Enter ${label} as a whole number`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be between ${min} and ${max}`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be between ${min} and ${max}`);

/** The local standards a council may set, with the ranges that keep them sensible. */
export const timescaleSettingsSchema = z.object({
  startDayCountsAsDayOne: z.preprocess((value) => value === true || value === 'yes', z.boolean()),
  contactDecisionByManager: z.preprocess((value) => value === true || value === 'yes', z.boolean()),
  contactDecisionWithin: z.enum(['one-working-day', '24-hours'], {
    error: 'Select how long the front door has to decide on a contact',
  }),
  strategyDiscussionWorkingDays: whole('working days to hold a strategy discussion', 0, 5),
  childProtectionVisitWorkingDays: whole('working days between child protection visits', 5, 20),
  childProtectionPlanSeniorOversightMonths: whole('months before senior oversight of a plan', 3, 24),
  childInNeedVisitWorkingDays: whole('working days between child in need visits', 5, 60),
  childInNeedReviewWeeks: whole('weeks between child in need reviews', 4, 26),
  personalEducationPlanReviewMonths: whole('months between PEP reviews', 1, 12),
  personalEducationPlanFromAge: whole('age a PEP starts from', 0, 5),
  missingManagerReviewWorkingDays: whole('working days for a manager to review a return home interview', 1, 20),
  preProceedingsReviewWeeks: whole('weeks between PLO review meetings', 2, 16),
  preProceedingsDecisionWeeks: whole('weeks to a PLO decision', 8, 52),
  careLeaverAnnualContactToAge: whole('age to keep in touch with care leavers to', 0, 25),
}) satisfies z.ZodType<TimescaleSettings>;

const key = 'timescale-settings';

export const councilTimescaleSettings = (db: Kysely<Database>): Promise<TimescaleSettings> =>
  readCouncilSetting(db, key, timescaleSettingsSchema.partial(), defaultTimescaleSettings);

export const saveCouncilTimescaleSettings = (db: Kysely<Database>, actor: Actor, settings: TimescaleSettings) =>
  writeCouncilSetting(db, actor, key, settings);
