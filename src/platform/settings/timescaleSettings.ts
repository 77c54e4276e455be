import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../access/audit.ts';
import { readCouncilSetting, readVersionedCouncilSetting, writeCouncilSetting } from './councilSettings.ts';
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

/** Where the council's standards are kept in harbour_settings (reports read a standard there in SQL). */
export const timescaleSettingsKey = 'timescale-settings';

/**
 * The council's standards over these fields, built once: the schema a form or the stored JSON
 * must meet (the ranges that keep them sensible), each standard's default (reference/timescales.md,
 * holding until the council changes it), and the read that lays what is stored over the defaults.
 */
export function councilStandards(fields: readonly TimescaleSetting[]) {
  const schema = z.object(Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field)])));
  const stored = schema.partial() as unknown as z.ZodType<Partial<TimescaleSettings>>;
  const defaults = Object.freeze(
    Object.fromEntries(fields.map((field) => [field.name, field.default])) as unknown as TimescaleSettings,
  );
  return {
    schema: schema as unknown as z.ZodType<TimescaleSettings>,
    defaults,
    read: (db: Kysely<Database>) => readCouncilSetting(db, timescaleSettingsKey, stored, defaults),
    /** With the version the settings form carries back. */
    readVersioned: (db: Kysely<Database>) => readVersionedCouncilSetting(db, timescaleSettingsKey, stored, defaults),
  };
}

/** Saves the standards over `version`, the one the person saw; refused when someone has saved since. */
export const saveCouncilTimescaleSettings = (
  db: Kysely<Database>,
  actor: Actor,
  settings: TimescaleSettings,
  version: number,
) => writeCouncilSetting(db, actor, timescaleSettingsKey, settings, version);
