// The CIN census rulesets by collection year: the year's census is validated by its own year's rules.
import type { CinRule } from './rule.ts';
import { cin2025_26 } from './rules/cin2025_26/index.ts';

export const cinRulesets: Readonly<Record<string, readonly CinRule[]>> = { '2025-26': cin2025_26 };

/** The catalogue file each ruleset follows (in ./catalogue). */
export const cinCatalogueFiles: Readonly<Record<string, string>> = { '2025-26': 'cin2025_26_rules.tsv' };
