// The SSDA903 rules for 2025-26, one file each (the DfE's catalogue: catalogue/903_lac2025_26_rules.tsv).
import type { Rule903 } from '../../rule.ts';
import { rule1004 } from './rule1004.ts';
import { rule1005 } from './rule1005.ts';
import { rule1009 } from './rule1009.ts';
import { rule101 } from './rule101.ts';
import { rule1010 } from './rule1010.ts';
import { rule1011 } from './rule1011.ts';
import { rule113 } from './rule113.ts';
import { rule115 } from './rule115.ts';
import { rule134 } from './rule134.ts';
import { rule144 } from './rule144.ts';
import { rule146 } from './rule146.ts';
import { rule147 } from './rule147.ts';
import { rule149 } from './rule149.ts';
import { rule151 } from './rule151.ts';
import { rule164 } from './rule164.ts';
import { rule175 } from './rule175.ts';
import { rule177 } from './rule177.ts';
import { rule178 } from './rule178.ts';
import { rule179 } from './rule179.ts';
import { rule180 } from './rule180.ts';
import { rule188 } from './rule188.ts';
import { rule196 } from './rule196.ts';
import { rule198 } from './rule198.ts';
import { rule203 } from './rule203.ts';
import { rule204 } from './rule204.ts';
import { rule214 } from './rule214.ts';
import { rule218 } from './rule218.ts';
import { rule219 } from './rule219.ts';
import { rule221 } from './rule221.ts';
import { rule226 } from './rule226.ts';
import { rule301 } from './rule301.ts';
import { rule304 } from './rule304.ts';
import { rule333 } from './rule333.ts';
import { rule336 } from './rule336.ts';
import { rule351 } from './rule351.ts';
import { rule352 } from './rule352.ts';
import { rule358 } from './rule358.ts';
import { rule364 } from './rule364.ts';
import { rule366 } from './rule366.ts';
import { rule376 } from './rule376.ts';
import { rule380 } from './rule380.ts';
import { rule381 } from './rule381.ts';
import { rule384 } from './rule384.ts';
import { rule386 } from './rule386.ts';
import { rule387 } from './rule387.ts';
import { rule388 } from './rule388.ts';
import { rule390 } from './rule390.ts';
import { rule392b } from './rule392b.ts';
import { rule392c } from './rule392c.ts';
import { rule393 } from './rule393.ts';
import { rule398 } from './rule398.ts';
import { rule407 } from './rule407.ts';
import { rule420 } from './rule420.ts';
import { rule432 } from './rule432.ts';
import { rule433 } from './rule433.ts';
import { rule436 } from './rule436.ts';
import { rule437 } from './rule437.ts';
import { rule440 } from './rule440.ts';
import { rule503H } from './rule503H.ts';
import { rule504 } from './rule504.ts';
import { rule511 } from './rule511.ts';
import { rule517 } from './rule517.ts';
import { rule523 } from './rule523.ts';
import { rule526 } from './rule526.ts';
import { rule530 } from './rule530.ts';
import { rule544 } from './rule544.ts';
import { rule545 } from './rule545.ts';
import { rule546 } from './rule546.ts';
import { rule551 } from './rule551.ts';
import { rule553 } from './rule553.ts';
import { rule557 } from './rule557.ts';
import { rule558 } from './rule558.ts';
import { rule563 } from './rule563.ts';
import { rule566 } from './rule566.ts';
import { rule567 } from './rule567.ts';
import { rule574 } from './rule574.ts';
import { rule575 } from './rule575.ts';
import { rule576 } from './rule576.ts';
import { rule579 } from './rule579.ts';
import { rule580 } from './rule580.ts';
import { rule582 } from './rule582.ts';
import { rule584 } from './rule584.ts';
import { rule586 } from './rule586.ts';
import { rule607 } from './rule607.ts';
import { rule624 } from './rule624.ts';
import { rule626 } from './rule626.ts';
import { rule630 } from './rule630.ts';
import { rule633 } from './rule633.ts';
import { rule634 } from './rule634.ts';
import { ruleINT01 } from './ruleINT01.ts';
import { ruleINT03 } from './ruleINT03.ts';
import { ruleINT05 } from './ruleINT05.ts';
import { ruleINT06 } from './ruleINT06.ts';
import { ruleINT07 } from './ruleINT07.ts';
import { ruleINT09 } from './ruleINT09.ts';
import { ruleINT11 } from './ruleINT11.ts';
import { ruleINT12 } from './ruleINT12.ts';
import { ruleINT13 } from './ruleINT13.ts';
import { ruleINT14 } from './ruleINT14.ts';
import { ruleINT16 } from './ruleINT16.ts';
import { ruleINT17 } from './ruleINT17.ts';
import { ruleINT21 } from './ruleINT21.ts';
import { ruleINT32 } from './ruleINT32.ts';
import { ruleINT33 } from './ruleINT33.ts';
import { ruleNoE } from './ruleNoE.ts';

export const lac2025_26: readonly Rule903[] = [
  rule1004,
  rule1005,
  rule1009,
  rule101,
  rule1010,
  rule1011,
  rule113,
  rule115,
  rule134,
  rule144,
  rule146,
  rule147,
  rule149,
  rule151,
  rule164,
  rule175,
  rule177,
  rule178,
  rule179,
  rule180,
  rule188,
  rule196,
  rule198,
  rule203,
  rule204,
  rule214,
  rule218,
  rule219,
  rule221,
  rule226,
  rule301,
  rule304,
  rule333,
  rule336,
  rule351,
  rule352,
  rule358,
  rule364,
  rule366,
  rule376,
  rule380,
  rule381,
  rule384,
  rule386,
  rule387,
  rule388,
  rule390,
  rule392b,
  rule392c,
  rule393,
  rule398,
  rule407,
  rule420,
  rule432,
  rule433,
  rule436,
  rule437,
  rule440,
  rule503H,
  rule504,
  rule511,
  rule517,
  rule523,
  rule526,
  rule530,
  rule544,
  rule545,
  rule546,
  rule551,
  rule553,
  rule557,
  rule558,
  rule563,
  rule566,
  rule567,
  rule574,
  rule575,
  rule576,
  rule579,
  rule580,
  rule582,
  rule584,
  rule586,
  rule607,
  rule624,
  rule626,
  rule630,
  rule633,
  rule634,
  ruleINT01,
  ruleINT03,
  ruleINT05,
  ruleINT06,
  ruleINT07,
  ruleINT09,
  ruleINT11,
  ruleINT12,
  ruleINT13,
  ruleINT14,
  ruleINT16,
  ruleINT17,
  ruleINT21,
  ruleINT32,
  ruleINT33,
  ruleNoE,
];
