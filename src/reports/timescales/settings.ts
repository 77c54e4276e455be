// The whole list of local standards: the engine's own and every area's, in the order of the list
// of areas. The settings page, the due lists and the synthetic county read them from here.
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.ts';
import { areas } from '../../areas/all.ts';
import { countingSetting, type TimescaleSetting } from '../../core/timescales/settings.ts';
import {
  readTimescaleSettings,
  timescaleSettingDefaults,
  timescaleSettingsSchema,
} from '../../platform/settings/timescaleSettings.ts';

export const timescaleSettingFields: readonly TimescaleSetting[] = [
  countingSetting,
  ...areas.flatMap((area) => area.settings ?? []),
];

export const defaultTimescaleSettings = Object.freeze(timescaleSettingDefaults(timescaleSettingFields));

export const councilTimescaleSettingsSchema = timescaleSettingsSchema(timescaleSettingFields);

export const councilTimescaleSettings = (db: Kysely<Database>) => readTimescaleSettings(db, timescaleSettingFields);
