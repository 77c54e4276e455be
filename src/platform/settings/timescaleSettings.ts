import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../access/audit.ts';
import { readCouncilSetting, writeCouncilSetting } from './councilSettings.ts';
import type { TimescaleSetting, TimescaleSettings } from '../../core/timescales/settings.ts';

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

const yesNo = z.preprocess((value) => value === true || value === 'yes', z.boolean());

function fieldSchema(field: TimescaleSetting): z.ZodType {
  switch (field.kind) {
    case 'number': {
      const range = `${capitalised(field.described)} must be between ${field.min} and ${field.max}`;
      return z.coerce
        .number({ error: `Enter ${field.described} as a whole number` })
        .int(`Enter ${field.described} as a whole number`)
        .min(field.min, range)
        .max(field.max, range);
    }
    case 'choice':
      return z.enum(field.options.map((option) => option.value) as [string, ...string[]], { error: field.missing });
    case 'yes-no':
      return yesNo;
  }
}

/** The local standards as a form or the stored JSON must give them, with the ranges that keep them sensible. */
export function timescaleSettingsSchema(fields: readonly TimescaleSetting[]) {
  const shape = Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)]));
  return z.object(shape) as unknown as z.ZodType<TimescaleSettings>;
}

/** Each standard's default (reference/timescales.md), which holds until the council changes it. */
export const timescaleSettingDefaults = (fields: readonly TimescaleSetting[]): TimescaleSettings =>
  Object.fromEntries(fields.map((field) => [field.name, field.default])) as unknown as TimescaleSettings;

const key = 'timescale-settings';

/** The council's standards over these fields, laid over their defaults. */
export function readTimescaleSettings(db: Kysely<Database>, fields: readonly TimescaleSetting[]) {
  const shape = Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)]));
  return readCouncilSetting(
    db,
    key,
    z.object(shape).partial() as unknown as z.ZodType<Partial<TimescaleSettings>>,
    timescaleSettingDefaults(fields),
  );
}

export const saveCouncilTimescaleSettings = (db: Kysely<Database>, actor: Actor, settings: TimescaleSettings) =>
  writeCouncilSetting(db, actor, key, settings);
