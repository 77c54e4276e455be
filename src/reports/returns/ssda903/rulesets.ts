// The SSDA903 rulesets by collection year: the year's return is validated by its own year's rules.
import type { Rule903 } from './rule.ts';
import { lac2025_26 } from './rules/lac2025_26/index.ts';
import { lac2026_27 } from './rules/lac2026_27/index.ts';

export const rulesets903: Readonly<Record<string, readonly Rule903[]>> = {
  '2025-26': lac2025_26,
  '2026-27': lac2026_27,
};

/** The catalogue file each ruleset follows (in ./catalogue). */
export const catalogueFiles903: Readonly<Record<string, string>> = {
  '2025-26': '903_lac2025_26_rules.tsv',
  '2026-27': '903_lac2026_27_rules.tsv',
};
