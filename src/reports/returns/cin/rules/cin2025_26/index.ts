// The CIN census rules for 2025-26, one file each (the DfE's catalogue: catalogue/cin2025_26_rules.tsv).
import type { CinRule } from '../../rule.ts';
import { rule100 } from './rule100.ts';
import { rule1103 } from './rule1103.ts';
import { rule2884 } from './rule2884.ts';
import { rule2886Q } from './rule2886Q.ts';
import { rule2990 } from './rule2990.ts';
import { rule4004 } from './rule4004.ts';
import { rule4008 } from './rule4008.ts';
import { rule4009Q } from './rule4009Q.ts';
import { rule8510 } from './rule8510.ts';
import { rule8569Q } from './rule8569Q.ts';
import { rule8630 } from './rule8630.ts';
import { rule8650 } from './rule8650.ts';
import { rule8696 } from './rule8696.ts';
import { rule8770Q } from './rule8770Q.ts';
import { rule8790 } from './rule8790.ts';
import { rule8816 } from './rule8816.ts';
import { rule8825Q } from './rule8825Q.ts';
import { rule8840 } from './rule8840.ts';
import { rule8868 } from './rule8868.ts';
import { rule8869 } from './rule8869.ts';
import { rule8910 } from './rule8910.ts';

export const cin2025_26: readonly CinRule[] = [
  rule100,
  rule1103,
  rule2884,
  rule2886Q,
  rule2990,
  rule4004,
  rule4008,
  rule4009Q,
  rule8510,
  rule8569Q,
  rule8630,
  rule8650,
  rule8696,
  rule8770Q,
  rule8790,
  rule8816,
  rule8825Q,
  rule8840,
  rule8868,
  rule8869,
  rule8910,
];
