// The cin2025_26 rules, one file each (written by tools/indexRules.ts from the files in this folder).
import type { CinRule } from '../../rule.ts';
import { rule100 } from './rule100.ts';
import { rule1103 } from './rule1103.ts';
import { rule1104 } from './rule1104.ts';
import { rule1105 } from './rule1105.ts';
import { rule1510 } from './rule1510.ts';
import { rule1520 } from './rule1520.ts';
import { rule1530 } from './rule1530.ts';
import { rule1540 } from './rule1540.ts';
import { rule1550 } from './rule1550.ts';
import { rule1560Q } from './rule1560Q.ts';
import { rule1570 } from './rule1570.ts';
import { rule1580 } from './rule1580.ts';
import { rule2883 } from './rule2883.ts';
import { rule2884 } from './rule2884.ts';
import { rule2885 } from './rule2885.ts';
import { rule2886Q } from './rule2886Q.ts';
import { rule2887Q } from './rule2887Q.ts';
import { rule2888Q } from './rule2888Q.ts';
import { rule2889 } from './rule2889.ts';
import { rule2990 } from './rule2990.ts';
import { rule2991Q } from './rule2991Q.ts';
import { rule4000 } from './rule4000.ts';
import { rule4001 } from './rule4001.ts';
import { rule4003 } from './rule4003.ts';
import { rule4004 } from './rule4004.ts';
import { rule4008 } from './rule4008.ts';
import { rule4009Q } from './rule4009Q.ts';
import { rule4010 } from './rule4010.ts';
import { rule4011 } from './rule4011.ts';
import { rule4012Q } from './rule4012Q.ts';
import { rule4013 } from './rule4013.ts';
import { rule4014 } from './rule4014.ts';
import { rule4015 } from './rule4015.ts';
import { rule4016 } from './rule4016.ts';
import { rule4017 } from './rule4017.ts';
import { rule4180 } from './rule4180.ts';
import { rule4220 } from './rule4220.ts';
import { rule8500 } from './rule8500.ts';
import { rule8510 } from './rule8510.ts';
import { rule8520 } from './rule8520.ts';
import { rule8525Q } from './rule8525Q.ts';
import { rule8530Q } from './rule8530Q.ts';
import { rule8535Q } from './rule8535Q.ts';
import { rule8540 } from './rule8540.ts';
import { rule8545Q } from './rule8545Q.ts';
import { rule8555Q } from './rule8555Q.ts';
import { rule8565 } from './rule8565.ts';
import { rule8568 } from './rule8568.ts';
import { rule8569Q } from './rule8569Q.ts';
import { rule8585Q } from './rule8585Q.ts';
import { rule8590 } from './rule8590.ts';
import { rule8600 } from './rule8600.ts';
import { rule8606 } from './rule8606.ts';
import { rule8608 } from './rule8608.ts';
import { rule8610 } from './rule8610.ts';
import { rule8614 } from './rule8614.ts';
import { rule8615 } from './rule8615.ts';
import { rule8620 } from './rule8620.ts';
import { rule8630 } from './rule8630.ts';
import { rule8640 } from './rule8640.ts';
import { rule8650 } from './rule8650.ts';
import { rule8670Q } from './rule8670Q.ts';
import { rule8675Q } from './rule8675Q.ts';
import { rule8696 } from './rule8696.ts';
import { rule8715 } from './rule8715.ts';
import { rule8720 } from './rule8720.ts';
import { rule8730 } from './rule8730.ts';
import { rule8736 } from './rule8736.ts';
import { rule8740 } from './rule8740.ts';
import { rule8750 } from './rule8750.ts';
import { rule8770Q } from './rule8770Q.ts';
import { rule8772 } from './rule8772.ts';
import { rule8775Q } from './rule8775Q.ts';
import { rule8790 } from './rule8790.ts';
import { rule8794 } from './rule8794.ts';
import { rule8805 } from './rule8805.ts';
import { rule8810 } from './rule8810.ts';
import { rule8815 } from './rule8815.ts';
import { rule8816 } from './rule8816.ts';
import { rule8820 } from './rule8820.ts';
import { rule8825Q } from './rule8825Q.ts';
import { rule8831 } from './rule8831.ts';
import { rule8832 } from './rule8832.ts';
import { rule8839 } from './rule8839.ts';
import { rule8840 } from './rule8840.ts';
import { rule8841 } from './rule8841.ts';
import { rule8842Q } from './rule8842Q.ts';
import { rule8863Q } from './rule8863Q.ts';
import { rule8866 } from './rule8866.ts';
import { rule8867 } from './rule8867.ts';
import { rule8868 } from './rule8868.ts';
import { rule8869 } from './rule8869.ts';
import { rule8870Q } from './rule8870Q.ts';
import { rule8873Q } from './rule8873Q.ts';
import { rule8875 } from './rule8875.ts';
import { rule8890 } from './rule8890.ts';
import { rule8896 } from './rule8896.ts';
import { rule8897Q } from './rule8897Q.ts';
import { rule8898 } from './rule8898.ts';
import { rule8905 } from './rule8905.ts';
import { rule8910 } from './rule8910.ts';
import { rule8915 } from './rule8915.ts';
import { rule8920 } from './rule8920.ts';
import { rule8925 } from './rule8925.ts';
import { rule8930 } from './rule8930.ts';
import { rule8935 } from './rule8935.ts';
import { rule8940 } from './rule8940.ts';
import { rule8945Q } from './rule8945Q.ts';
import { rule8950Q } from './rule8950Q.ts';

export const cin2025_26: readonly CinRule[] = [
  rule100,
  rule1103,
  rule1104,
  rule1105,
  rule1510,
  rule1520,
  rule1530,
  rule1540,
  rule1550,
  rule1560Q,
  rule1570,
  rule1580,
  rule2883,
  rule2884,
  rule2885,
  rule2886Q,
  rule2887Q,
  rule2888Q,
  rule2889,
  rule2990,
  rule2991Q,
  rule4000,
  rule4001,
  rule4003,
  rule4004,
  rule4008,
  rule4009Q,
  rule4010,
  rule4011,
  rule4012Q,
  rule4013,
  rule4014,
  rule4015,
  rule4016,
  rule4017,
  rule4180,
  rule4220,
  rule8500,
  rule8510,
  rule8520,
  rule8525Q,
  rule8530Q,
  rule8535Q,
  rule8540,
  rule8545Q,
  rule8555Q,
  rule8565,
  rule8568,
  rule8569Q,
  rule8585Q,
  rule8590,
  rule8600,
  rule8606,
  rule8608,
  rule8610,
  rule8614,
  rule8615,
  rule8620,
  rule8630,
  rule8640,
  rule8650,
  rule8670Q,
  rule8675Q,
  rule8696,
  rule8715,
  rule8720,
  rule8730,
  rule8736,
  rule8740,
  rule8750,
  rule8770Q,
  rule8772,
  rule8775Q,
  rule8790,
  rule8794,
  rule8805,
  rule8810,
  rule8815,
  rule8816,
  rule8820,
  rule8825Q,
  rule8831,
  rule8832,
  rule8839,
  rule8840,
  rule8841,
  rule8842Q,
  rule8863Q,
  rule8866,
  rule8867,
  rule8868,
  rule8869,
  rule8870Q,
  rule8873Q,
  rule8875,
  rule8890,
  rule8896,
  rule8897Q,
  rule8898,
  rule8905,
  rule8910,
  rule8915,
  rule8920,
  rule8925,
  rule8930,
  rule8935,
  rule8940,
  rule8945Q,
  rule8950Q,
];
