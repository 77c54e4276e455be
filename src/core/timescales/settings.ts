// Council practice standards: settings per council, defaults from reference/timescales.md.
// National timescales are not settings. Each area declares the standards of its records (its
// settings.ts, the module's `settings`) and adds their names to TimescaleSettings by
// declaration merging; the reports compose the whole list.

/** Every council setting the timescale rules read; the engine's own is here, areas add theirs. */
export interface TimescaleSettings {
  /** Count the start date as day 1 (some validators' convention) instead of day 0. */
  startDayCountsAsDayOne: boolean;
}

type SettingName = Extract<keyof TimescaleSettings, string>;

/** A local standard as the settings page offers it and the stored settings are checked against. */
export type TimescaleSetting =
  | {
      kind: 'number';
      name: SettingName;
      /** "Child in need visits at least every" … */
      label: string;
      /** … "working days". */
      suffix: string;
      /** The label's words in an error: "working days between child in need visits". */
      described: string;
      min: number;
      max: number;
      default: number;
    }
  | {
      kind: 'choice';
      name: SettingName;
      legend: string;
      options: readonly { value: string; text: string }[];
      default: string;
      /** The message when none is chosen. */
      missing: string;
    }
  | {
      kind: 'yes-no';
      name: SettingName;
      legend: string;
      no: string;
      yes: string;
      default: boolean;
    };

/** The engine's own setting: how working days are counted. */
export const countingSetting: TimescaleSetting = {
  kind: 'yes-no',
  name: 'startDayCountsAsDayOne',
  legend: 'Counting working days',
  no: "The start date is day 0 (matches the DfE's published bands)",
  yes: 'The start date is day 1',
  default: false,
};
