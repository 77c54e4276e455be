// The CIN census rules for 2025-26, one file each (the DfE's catalogue: catalogue/cin2025_26_rules.tsv).
import type { CinRule } from '../../rule.ts';
import { rule100 } from './rule100.ts';
import { rule1103 } from './rule1103.ts';
import { rule1105 } from './rule1105.ts';
import { rule1510 } from './rule1510.ts';
import { rule1540 } from './rule1540.ts';
import { rule1560Q } from './rule1560Q.ts';
import { rule2883 } from './rule2883.ts';
import { rule2884 } from './rule2884.ts';
import { rule2886Q } from './rule2886Q.ts';
import { rule2888Q } from './rule2888Q.ts';
import { rule2990 } from './rule2990.ts';
import { rule4000 } from './rule4000.ts';
import { rule4003 } from './rule4003.ts';
import { rule4004 } from './rule4004.ts';
import { rule4008 } from './rule4008.ts';
import { rule4009Q } from './rule4009Q.ts';
import { rule4014 } from './rule4014.ts';
import { rule8510 } from './rule8510.ts';
import { rule8520 } from './rule8520.ts';
import { rule8525Q } from './rule8525Q.ts';
import { rule8530Q } from './rule8530Q.ts';
import { rule8535Q } from './rule8535Q.ts';
import { rule8540 } from './rule8540.ts';
import { rule8569Q } from './rule8569Q.ts';
import { rule8585Q } from './rule8585Q.ts';
import { rule8590 } from './rule8590.ts';
import { rule8614 } from './rule8614.ts';
import { rule8615 } from './rule8615.ts';
import { rule8630 } from './rule8630.ts';
import { rule8650 } from './rule8650.ts';
import { rule8675Q } from './rule8675Q.ts';
import { rule8696 } from './rule8696.ts';
import { rule8736 } from './rule8736.ts';
import { rule8740 } from './rule8740.ts';
import { rule8770Q } from './rule8770Q.ts';
import { rule8775Q } from './rule8775Q.ts';
import { rule8790 } from './rule8790.ts';
import { rule8794 } from './rule8794.ts';
import { rule8810 } from './rule8810.ts';
import { rule8816 } from './rule8816.ts';
import { rule8825Q } from './rule8825Q.ts';
import { rule8831 } from './rule8831.ts';
import { rule8839 } from './rule8839.ts';
import { rule8840 } from './rule8840.ts';
import { rule8842Q } from './rule8842Q.ts';
import { rule8863Q } from './rule8863Q.ts';
import { rule8867 } from './rule8867.ts';
import { rule8868 } from './rule8868.ts';
import { rule8869 } from './rule8869.ts';
import { rule8873Q } from './rule8873Q.ts';
import { rule8875 } from './rule8875.ts';
import { rule8905 } from './rule8905.ts';
import { rule8910 } from './rule8910.ts';
import { rule8920 } from './rule8920.ts';
import { rule8930 } from './rule8930.ts';

export const cin2025_26: readonly CinRule[] = [
  rule100,
  rule1103,
  rule1105,
  rule1510,
  rule1540,
  rule1560Q,
  rule2883,
  rule2884,
  rule2886Q,
  rule2888Q,
  rule2990,
  rule4000,
  rule4003,
  rule4004,
  rule4008,
  rule4009Q,
  rule4014,
  rule8510,
  rule8520,
  rule8525Q,
  rule8530Q,
  rule8535Q,
  rule8540,
  rule8569Q,
  rule8585Q,
  rule8590,
  rule8614,
  rule8615,
  rule8630,
  rule8650,
  rule8675Q,
  rule8696,
  rule8736,
  rule8740,
  rule8770Q,
  rule8775Q,
  rule8790,
  rule8794,
  rule8810,
  rule8816,
  rule8825Q,
  rule8831,
  rule8839,
  rule8840,
  rule8842Q,
  rule8863Q,
  rule8867,
  rule8868,
  rule8869,
  rule8873Q,
  rule8875,
  rule8905,
  rule8910,
  rule8920,
  rule8930,
];
