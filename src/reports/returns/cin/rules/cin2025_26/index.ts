// The CIN census rules for 2025-26, one file each (the DfE's catalogue: catalogue/cin2025_26_rules.tsv).
import type { CinRule } from '../../rule.ts';
import { rule1104 } from './rule1104.ts';
import { rule1520 } from './rule1520.ts';
import { rule1530 } from './rule1530.ts';
import { rule1550 } from './rule1550.ts';
import { rule1570 } from './rule1570.ts';
import { rule1580 } from './rule1580.ts';
import { rule2885 } from './rule2885.ts';
import { rule2887Q } from './rule2887Q.ts';
import { rule2889 } from './rule2889.ts';
import { rule2991Q } from './rule2991Q.ts';
import { rule4001 } from './rule4001.ts';
import { rule4010 } from './rule4010.ts';
import { rule4011 } from './rule4011.ts';
import { rule4012Q } from './rule4012Q.ts';
import { rule4013 } from './rule4013.ts';
import { rule4015 } from './rule4015.ts';
import { rule4016 } from './rule4016.ts';
import { rule4017 } from './rule4017.ts';
import { rule4180 } from './rule4180.ts';
import { rule4220 } from './rule4220.ts';
import { rule8500 } from './rule8500.ts';
import { rule8545Q } from './rule8545Q.ts';
import { rule8555Q } from './rule8555Q.ts';
import { rule8565 } from './rule8565.ts';
import { rule8568 } from './rule8568.ts';
import { rule8600 } from './rule8600.ts';
import { rule8606 } from './rule8606.ts';
import { rule8608 } from './rule8608.ts';
import { rule8610 } from './rule8610.ts';
import { rule8620 } from './rule8620.ts';
import { rule8640 } from './rule8640.ts';
import { rule8670Q } from './rule8670Q.ts';
import { rule8715 } from './rule8715.ts';
import { rule8720 } from './rule8720.ts';
import { rule8730 } from './rule8730.ts';
import { rule8750 } from './rule8750.ts';
import { rule8772 } from './rule8772.ts';
import { rule8805 } from './rule8805.ts';
import { rule8815 } from './rule8815.ts';
import { rule8820 } from './rule8820.ts';
import { rule8832 } from './rule8832.ts';
import { rule8840 } from './rule8840.ts';
import { rule8841 } from './rule8841.ts';
import { rule8866 } from './rule8866.ts';
import { rule8870Q } from './rule8870Q.ts';
import { rule8890 } from './rule8890.ts';
import { rule8896 } from './rule8896.ts';
import { rule8897Q } from './rule8897Q.ts';
import { rule8898 } from './rule8898.ts';
import { rule8915 } from './rule8915.ts';
import { rule8925 } from './rule8925.ts';
import { rule8935 } from './rule8935.ts';
import { rule8940 } from './rule8940.ts';
import { rule8945Q } from './rule8945Q.ts';
import { rule8950Q } from './rule8950Q.ts';

export const cin2025_26: readonly CinRule[] = [
  rule1104,
  rule1520,
  rule1530,
  rule1550,
  rule1570,
  rule1580,
  rule2885,
  rule2887Q,
  rule2889,
  rule2991Q,
  rule4001,
  rule4010,
  rule4011,
  rule4012Q,
  rule4013,
  rule4015,
  rule4016,
  rule4017,
  rule4180,
  rule4220,
  rule8500,
  rule8545Q,
  rule8555Q,
  rule8565,
  rule8568,
  rule8600,
  rule8606,
  rule8608,
  rule8610,
  rule8620,
  rule8640,
  rule8670Q,
  rule8715,
  rule8720,
  rule8730,
  rule8750,
  rule8772,
  rule8805,
  rule8815,
  rule8820,
  rule8832,
  rule8840,
  rule8841,
  rule8866,
  rule8870Q,
  rule8890,
  rule8896,
  rule8897Q,
  rule8898,
  rule8915,
  rule8925,
  rule8935,
  rule8940,
  rule8945Q,
  rule8950Q,
];
