// The CIN census rules for 2025-26, one file each (the DfE's catalogue: catalogue/cin2025_26_rules.tsv).
import type { CinRule } from '../../rule.ts';
import { rule8840 } from './rule8840.ts';

export const cin2025_26: readonly CinRule[] = [rule8840];
