// The CIN census rules for 2025-26, one file each (the DfE's catalogue: catalogue/cin2025_26_rules.tsv).
import type { CinRule } from '../../rule.ts';
import { rule100 } from './rule100.ts';
import { rule1103 } from './rule1103.ts';
import { rule2884 } from './rule2884.ts';
import { rule4004 } from './rule4004.ts';
import { rule4009Q } from './rule4009Q.ts';
import { rule8510 } from './rule8510.ts';
import { rule8630 } from './rule8630.ts';
import { rule8770Q } from './rule8770Q.ts';
import { rule8825Q } from './rule8825Q.ts';
import { rule8840 } from './rule8840.ts';
import { rule8868 } from './rule8868.ts';

export const cin2025_26: readonly CinRule[] = [
  rule100,
  rule1103,
  rule2884,
  rule4004,
  rule4009Q,
  rule8510,
  rule8630,
  rule8770Q,
  rule8825Q,
  rule8840,
  rule8868,
];
