// The whole list of local standards: the engine's own and every area's, in the order of the list
// of areas. The settings page and everything that computes due items read them from here.
import { areas } from '../../areas/all.ts';
import { countingSetting, type TimescaleSetting } from '../../core/timescales/settings.ts';
import { councilStandards } from '../../platform/settings/timescaleSettings.ts';

export const timescaleSettingFields: readonly TimescaleSetting[] = [
  countingSetting,
  ...areas.flatMap((area) => area.settings ?? []),
];

const standards = councilStandards(timescaleSettingFields);

export const defaultTimescaleSettings = standards.defaults;

export const councilTimescaleSettingsSchema = standards.schema;

export const councilTimescaleSettings = standards.read;

/** The standards with their version, for the settings form. */
export const versionedCouncilTimescaleSettings = standards.readVersioned;
