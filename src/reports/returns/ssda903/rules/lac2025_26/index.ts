// The SSDA903 rules for 2025-26, one file each (the DfE's catalogue: catalogue/903_lac2025_26_rules.tsv).
import type { Rule903 } from '../../rule.ts';
import { rule101 } from './rule101.ts';
import { rule104 } from './rule104.ts';
import { rule114 } from './rule114.ts';
import { rule116 } from './rule116.ts';
import { rule117 } from './rule117.ts';
import { rule118 } from './rule118.ts';
import { rule120 } from './rule120.ts';
import { rule131 } from './rule131.ts';
import { rule142 } from './rule142.ts';
import { rule143 } from './rule143.ts';
import { rule148 } from './rule148.ts';
import { rule157 } from './rule157.ts';
import { rule165 } from './rule165.ts';
import { rule166 } from './rule166.ts';
import { rule169 } from './rule169.ts';
import { rule171 } from './rule171.ts';
import { rule174 } from './rule174.ts';
import { rule181 } from './rule181.ts';
import { rule184 } from './rule184.ts';
import { rule185 } from './rule185.ts';
import { rule186 } from './rule186.ts';
import { rule187 } from './rule187.ts';
import { rule189 } from './rule189.ts';
import { rule205A } from './rule205A.ts';
import { rule205B } from './rule205B.ts';
import { rule205D } from './rule205D.ts';
import { rule208 } from './rule208.ts';
import { rule209 } from './rule209.ts';
import { rule213 } from './rule213.ts';
import { rule215 } from './rule215.ts';
import { rule222 } from './rule222.ts';
import { rule224 } from './rule224.ts';
import { rule225 } from './rule225.ts';
import { rule331 } from './rule331.ts';
import { rule334 } from './rule334.ts';
import { rule344 } from './rule344.ts';
import { rule353 } from './rule353.ts';
import { rule355 } from './rule355.ts';
import { rule356 } from './rule356.ts';
import { rule357 } from './rule357.ts';
import { rule365 } from './rule365.ts';
import { rule371 } from './rule371.ts';
import { rule372 } from './rule372.ts';
import { rule373 } from './rule373.ts';
import { rule374 } from './rule374.ts';
import { rule375 } from './rule375.ts';
import { rule378 } from './rule378.ts';
import { rule379 } from './rule379.ts';
import { rule389 } from './rule389.ts';
import { rule391 } from './rule391.ts';
import { rule392a } from './rule392a.ts';
import { rule406 } from './rule406.ts';
import { rule408 } from './rule408.ts';
import { rule426 } from './rule426.ts';
import { rule431 } from './rule431.ts';
import { rule435 } from './rule435.ts';
import { rule442 } from './rule442.ts';
import { rule452 } from './rule452.ts';
import { rule453 } from './rule453.ts';
import { rule460 } from './rule460.ts';
import { rule501 } from './rule501.ts';
import { rule503B } from './rule503B.ts';
import { rule503D } from './rule503D.ts';
import { rule503E } from './rule503E.ts';
import { rule516 } from './rule516.ts';
import { rule519 } from './rule519.ts';
import { rule520 } from './rule520.ts';
import { rule521 } from './rule521.ts';
import { rule524 } from './rule524.ts';
import { rule525 } from './rule525.ts';
import { rule531 } from './rule531.ts';
import { rule542 } from './rule542.ts';
import { rule547 } from './rule547.ts';
import { rule550 } from './rule550.ts';
import { rule552 } from './rule552.ts';
import { rule559 } from './rule559.ts';
import { rule561 } from './rule561.ts';
import { rule562 } from './rule562.ts';
import { rule571 } from './rule571.ts';
import { rule577 } from './rule577.ts';
import { rule578 } from './rule578.ts';
import { rule581 } from './rule581.ts';
import { rule583 } from './rule583.ts';
import { rule601 } from './rule601.ts';
import { rule611 } from './rule611.ts';
import { rule612 } from './rule612.ts';
import { rule625 } from './rule625.ts';
import { rule631 } from './rule631.ts';
import { rule1000 } from './rule1000.ts';
import { rule1001 } from './rule1001.ts';
import { rule1002 } from './rule1002.ts';
import { rule1006 } from './rule1006.ts';
import { rule1007 } from './rule1007.ts';
import { rule1008 } from './rule1008.ts';
import { rule1012 } from './rule1012.ts';
import { rule1014 } from './rule1014.ts';
import { rule3001 } from './rule3001.ts';
import { ruleEPI } from './ruleEPI.ts';
import { ruleINT01 } from './ruleINT01.ts';
import { ruleINT02 } from './ruleINT02.ts';
import { ruleINT31 } from './ruleINT31.ts';
import { ruleINT34 } from './ruleINT34.ts';
import { ruleINT35 } from './ruleINT35.ts';

export const lac2025_26: readonly Rule903[] = [
  rule101,
  rule104,
  rule114,
  rule116,
  rule117,
  rule118,
  rule120,
  rule131,
  rule142,
  rule143,
  rule148,
  rule157,
  rule165,
  rule166,
  rule169,
  rule171,
  rule174,
  rule181,
  rule184,
  rule185,
  rule186,
  rule187,
  rule189,
  rule205A,
  rule205B,
  rule205D,
  rule208,
  rule209,
  rule213,
  rule215,
  rule222,
  rule224,
  rule225,
  rule331,
  rule334,
  rule344,
  rule353,
  rule355,
  rule356,
  rule357,
  rule365,
  rule371,
  rule372,
  rule373,
  rule374,
  rule375,
  rule378,
  rule379,
  rule389,
  rule391,
  rule392a,
  rule406,
  rule408,
  rule426,
  rule431,
  rule435,
  rule442,
  rule452,
  rule453,
  rule460,
  rule501,
  rule503B,
  rule503D,
  rule503E,
  rule516,
  rule519,
  rule520,
  rule521,
  rule524,
  rule525,
  rule531,
  rule542,
  rule547,
  rule550,
  rule552,
  rule559,
  rule561,
  rule562,
  rule571,
  rule577,
  rule578,
  rule581,
  rule583,
  rule601,
  rule611,
  rule612,
  rule625,
  rule631,
  rule1000,
  rule1001,
  rule1002,
  rule1006,
  rule1007,
  rule1008,
  rule1012,
  rule1014,
  rule3001,
  ruleEPI,
  ruleINT01,
  ruleINT02,
  ruleINT31,
  ruleINT34,
  ruleINT35,
];
