// The SSDA903 rules for 2025-26, one file each (the DfE's catalogue: catalogue/903_lac2025_26_rules.tsv).
import type { Rule903 } from '../../rule.ts';
import { rule101 } from './rule101.ts';
import { ruleINT01 } from './ruleINT01.ts';

export const lac2025_26: readonly Rule903[] = [rule101, ruleINT01];
