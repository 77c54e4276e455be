// The CIN census rules for 2025-26, one file each (the DfE's catalogue: catalogue/cin2025_26_rules.tsv).
import type { CinRule } from '../../rule.ts';
import { rule1104 } from './rule1104.ts';
import { rule2885 } from './rule2885.ts';
import { rule4011 } from './rule4011.ts';
import { rule4015 } from './rule4015.ts';
import { rule8500 } from './rule8500.ts';
import { rule8545Q } from './rule8545Q.ts';
import { rule8606 } from './rule8606.ts';
import { rule8610 } from './rule8610.ts';
import { rule8805 } from './rule8805.ts';
import { rule8840 } from './rule8840.ts';
import { rule8866 } from './rule8866.ts';
import { rule8870Q } from './rule8870Q.ts';
import { rule8898 } from './rule8898.ts';
import { rule8915 } from './rule8915.ts';

export const cin2025_26: readonly CinRule[] = [
  rule1104,
  rule2885,
  rule4011,
  rule4015,
  rule8500,
  rule8545Q,
  rule8606,
  rule8610,
  rule8805,
  rule8840,
  rule8866,
  rule8870Q,
  rule8898,
  rule8915,
];
