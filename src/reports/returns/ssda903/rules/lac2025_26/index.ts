// The lac2025_26 rules, one file each (written by tools/indexRules.ts from the files in this folder).
import type { Rule903 } from '../../rule.ts';
import { rule101 } from './rule101.ts';
import { rule102 } from './rule102.ts';
import { rule103 } from './rule103.ts';
import { rule104 } from './rule104.ts';
import { rule105 } from './rule105.ts';
import { rule112 } from './rule112.ts';
import { rule113 } from './rule113.ts';
import { rule114 } from './rule114.ts';
import { rule115 } from './rule115.ts';
import { rule116 } from './rule116.ts';
import { rule117 } from './rule117.ts';
import { rule118 } from './rule118.ts';
import { rule119 } from './rule119.ts';
import { rule120 } from './rule120.ts';
import { rule131 } from './rule131.ts';
import { rule132 } from './rule132.ts';
import { rule133 } from './rule133.ts';
import { rule134 } from './rule134.ts';
import { rule141 } from './rule141.ts';
import { rule142 } from './rule142.ts';
import { rule143 } from './rule143.ts';
import { rule144 } from './rule144.ts';
import { rule145 } from './rule145.ts';
import { rule146 } from './rule146.ts';
import { rule147 } from './rule147.ts';
import { rule148 } from './rule148.ts';
import { rule149 } from './rule149.ts';
import { rule151 } from './rule151.ts';
import { rule153 } from './rule153.ts';
import { rule157 } from './rule157.ts';
import { rule158 } from './rule158.ts';
import { rule159 } from './rule159.ts';
import { rule164 } from './rule164.ts';
import { rule165 } from './rule165.ts';
import { rule166 } from './rule166.ts';
import { rule167 } from './rule167.ts';
import { rule168 } from './rule168.ts';
import { rule169 } from './rule169.ts';
import { rule171 } from './rule171.ts';
import { rule174 } from './rule174.ts';
import { rule175 } from './rule175.ts';
import { rule176 } from './rule176.ts';
import { rule177 } from './rule177.ts';
import { rule178 } from './rule178.ts';
import { rule179 } from './rule179.ts';
import { rule180 } from './rule180.ts';
import { rule181 } from './rule181.ts';
import { rule182 } from './rule182.ts';
import { rule184 } from './rule184.ts';
import { rule185 } from './rule185.ts';
import { rule186 } from './rule186.ts';
import { rule187 } from './rule187.ts';
import { rule188 } from './rule188.ts';
import { rule189 } from './rule189.ts';
import { rule190 } from './rule190.ts';
import { rule191 } from './rule191.ts';
import { rule192 } from './rule192.ts';
import { rule193 } from './rule193.ts';
import { rule196 } from './rule196.ts';
import { rule197a } from './rule197a.ts';
import { rule197B } from './rule197B.ts';
import { rule198 } from './rule198.ts';
import { rule199 } from './rule199.ts';
import { rule202 } from './rule202.ts';
import { rule203 } from './rule203.ts';
import { rule204 } from './rule204.ts';
import { rule205A } from './rule205A.ts';
import { rule205B } from './rule205B.ts';
import { rule205C } from './rule205C.ts';
import { rule205D } from './rule205D.ts';
import { rule207 } from './rule207.ts';
import { rule208 } from './rule208.ts';
import { rule209 } from './rule209.ts';
import { rule210 } from './rule210.ts';
import { rule213 } from './rule213.ts';
import { rule214 } from './rule214.ts';
import { rule215 } from './rule215.ts';
import { rule217 } from './rule217.ts';
import { rule218 } from './rule218.ts';
import { rule219 } from './rule219.ts';
import { rule221 } from './rule221.ts';
import { rule222 } from './rule222.ts';
import { rule224 } from './rule224.ts';
import { rule225 } from './rule225.ts';
import { rule226 } from './rule226.ts';
import { rule227 } from './rule227.ts';
import { rule228 } from './rule228.ts';
import { rule229 } from './rule229.ts';
import { rule231 } from './rule231.ts';
import { rule232 } from './rule232.ts';
import { rule233 } from './rule233.ts';
import { rule234 } from './rule234.ts';
import { rule301 } from './rule301.ts';
import { rule302 } from './rule302.ts';
import { rule303 } from './rule303.ts';
import { rule304 } from './rule304.ts';
import { rule331 } from './rule331.ts';
import { rule333 } from './rule333.ts';
import { rule334 } from './rule334.ts';
import { rule335 } from './rule335.ts';
import { rule336 } from './rule336.ts';
import { rule344 } from './rule344.ts';
import { rule345 } from './rule345.ts';
import { rule347 } from './rule347.ts';
import { rule348 } from './rule348.ts';
import { rule351 } from './rule351.ts';
import { rule352 } from './rule352.ts';
import { rule353 } from './rule353.ts';
import { rule354 } from './rule354.ts';
import { rule355 } from './rule355.ts';
import { rule356 } from './rule356.ts';
import { rule357 } from './rule357.ts';
import { rule358 } from './rule358.ts';
import { rule359 } from './rule359.ts';
import { rule361 } from './rule361.ts';
import { rule362 } from './rule362.ts';
import { rule363 } from './rule363.ts';
import { rule364 } from './rule364.ts';
import { rule365 } from './rule365.ts';
import { rule366 } from './rule366.ts';
import { rule367 } from './rule367.ts';
import { rule371 } from './rule371.ts';
import { rule372 } from './rule372.ts';
import { rule373 } from './rule373.ts';
import { rule374 } from './rule374.ts';
import { rule375 } from './rule375.ts';
import { rule376 } from './rule376.ts';
import { rule377 } from './rule377.ts';
import { rule378 } from './rule378.ts';
import { rule379 } from './rule379.ts';
import { rule380 } from './rule380.ts';
import { rule381 } from './rule381.ts';
import { rule382 } from './rule382.ts';
import { rule383 } from './rule383.ts';
import { rule384 } from './rule384.ts';
import { rule385 } from './rule385.ts';
import { rule386 } from './rule386.ts';
import { rule387 } from './rule387.ts';
import { rule388 } from './rule388.ts';
import { rule389 } from './rule389.ts';
import { rule390 } from './rule390.ts';
import { rule391 } from './rule391.ts';
import { rule392a } from './rule392a.ts';
import { rule392b } from './rule392b.ts';
import { rule392c } from './rule392c.ts';
import { rule392d } from './rule392d.ts';
import { rule393 } from './rule393.ts';
import { rule398 } from './rule398.ts';
import { rule399 } from './rule399.ts';
import { rule406 } from './rule406.ts';
import { rule407 } from './rule407.ts';
import { rule408 } from './rule408.ts';
import { rule411 } from './rule411.ts';
import { rule420 } from './rule420.ts';
import { rule426 } from './rule426.ts';
import { rule431 } from './rule431.ts';
import { rule432 } from './rule432.ts';
import { rule433 } from './rule433.ts';
import { rule434 } from './rule434.ts';
import { rule435 } from './rule435.ts';
import { rule436 } from './rule436.ts';
import { rule437 } from './rule437.ts';
import { rule440 } from './rule440.ts';
import { rule441 } from './rule441.ts';
import { rule442 } from './rule442.ts';
import { rule444 } from './rule444.ts';
import { rule446 } from './rule446.ts';
import { rule452 } from './rule452.ts';
import { rule453 } from './rule453.ts';
import { rule454 } from './rule454.ts';
import { rule460 } from './rule460.ts';
import { rule501 } from './rule501.ts';
import { rule502 } from './rule502.ts';
import { rule503A } from './rule503A.ts';
import { rule503B } from './rule503B.ts';
import { rule503C } from './rule503C.ts';
import { rule503D } from './rule503D.ts';
import { rule503E } from './rule503E.ts';
import { rule503F } from './rule503F.ts';
import { rule503G } from './rule503G.ts';
import { rule503H } from './rule503H.ts';
import { rule503J } from './rule503J.ts';
import { rule504 } from './rule504.ts';
import { rule511 } from './rule511.ts';
import { rule514 } from './rule514.ts';
import { rule516 } from './rule516.ts';
import { rule517 } from './rule517.ts';
import { rule518 } from './rule518.ts';
import { rule519 } from './rule519.ts';
import { rule520 } from './rule520.ts';
import { rule521 } from './rule521.ts';
import { rule522 } from './rule522.ts';
import { rule523 } from './rule523.ts';
import { rule524 } from './rule524.ts';
import { rule525 } from './rule525.ts';
import { rule526 } from './rule526.ts';
import { rule527 } from './rule527.ts';
import { rule528 } from './rule528.ts';
import { rule529 } from './rule529.ts';
import { rule530 } from './rule530.ts';
import { rule531 } from './rule531.ts';
import { rule542 } from './rule542.ts';
import { rule543 } from './rule543.ts';
import { rule544 } from './rule544.ts';
import { rule545 } from './rule545.ts';
import { rule546 } from './rule546.ts';
import { rule547 } from './rule547.ts';
import { rule550 } from './rule550.ts';
import { rule551 } from './rule551.ts';
import { rule552 } from './rule552.ts';
import { rule553 } from './rule553.ts';
import { rule554 } from './rule554.ts';
import { rule557 } from './rule557.ts';
import { rule558 } from './rule558.ts';
import { rule559 } from './rule559.ts';
import { rule560 } from './rule560.ts';
import { rule561 } from './rule561.ts';
import { rule562 } from './rule562.ts';
import { rule563 } from './rule563.ts';
import { rule564 } from './rule564.ts';
import { rule565 } from './rule565.ts';
import { rule566 } from './rule566.ts';
import { rule567 } from './rule567.ts';
import { rule570 } from './rule570.ts';
import { rule571 } from './rule571.ts';
import { rule574 } from './rule574.ts';
import { rule575 } from './rule575.ts';
import { rule576 } from './rule576.ts';
import { rule577 } from './rule577.ts';
import { rule578 } from './rule578.ts';
import { rule579 } from './rule579.ts';
import { rule580 } from './rule580.ts';
import { rule581 } from './rule581.ts';
import { rule582 } from './rule582.ts';
import { rule583 } from './rule583.ts';
import { rule584 } from './rule584.ts';
import { rule586 } from './rule586.ts';
import { rule601 } from './rule601.ts';
import { rule602 } from './rule602.ts';
import { rule607 } from './rule607.ts';
import { rule611 } from './rule611.ts';
import { rule612 } from './rule612.ts';
import { rule620 } from './rule620.ts';
import { rule621 } from './rule621.ts';
import { rule624 } from './rule624.ts';
import { rule625 } from './rule625.ts';
import { rule626 } from './rule626.ts';
import { rule628 } from './rule628.ts';
import { rule630 } from './rule630.ts';
import { rule631 } from './rule631.ts';
import { rule632 } from './rule632.ts';
import { rule633 } from './rule633.ts';
import { rule634 } from './rule634.ts';
import { rule635 } from './rule635.ts';
import { rule1000 } from './rule1000.ts';
import { rule1001 } from './rule1001.ts';
import { rule1002 } from './rule1002.ts';
import { rule1003 } from './rule1003.ts';
import { rule1004 } from './rule1004.ts';
import { rule1005 } from './rule1005.ts';
import { rule1006 } from './rule1006.ts';
import { rule1007 } from './rule1007.ts';
import { rule1008 } from './rule1008.ts';
import { rule1009 } from './rule1009.ts';
import { rule1010 } from './rule1010.ts';
import { rule1011 } from './rule1011.ts';
import { rule1012 } from './rule1012.ts';
import { rule1014 } from './rule1014.ts';
import { rule1015 } from './rule1015.ts';
import { rule1016 } from './rule1016.ts';
import { rule3001 } from './rule3001.ts';
import { ruleEPI } from './ruleEPI.ts';
import { ruleINT01 } from './ruleINT01.ts';
import { ruleINT02 } from './ruleINT02.ts';
import { ruleINT03 } from './ruleINT03.ts';
import { ruleINT04 } from './ruleINT04.ts';
import { ruleINT05 } from './ruleINT05.ts';
import { ruleINT06 } from './ruleINT06.ts';
import { ruleINT07 } from './ruleINT07.ts';
import { ruleINT08 } from './ruleINT08.ts';
import { ruleINT09 } from './ruleINT09.ts';
import { ruleINT11 } from './ruleINT11.ts';
import { ruleINT12 } from './ruleINT12.ts';
import { ruleINT13 } from './ruleINT13.ts';
import { ruleINT14 } from './ruleINT14.ts';
import { ruleINT15 } from './ruleINT15.ts';
import { ruleINT16 } from './ruleINT16.ts';
import { ruleINT17 } from './ruleINT17.ts';
import { ruleINT18 } from './ruleINT18.ts';
import { ruleINT21 } from './ruleINT21.ts';
import { ruleINT31 } from './ruleINT31.ts';
import { ruleINT32 } from './ruleINT32.ts';
import { ruleINT33 } from './ruleINT33.ts';
import { ruleINT34 } from './ruleINT34.ts';
import { ruleINT35 } from './ruleINT35.ts';
import { ruleINT36 } from './ruleINT36.ts';
import { ruleNoE } from './ruleNoE.ts';
import { ruleSW01aSTG1 } from './ruleSW01aSTG1.ts';
import { ruleSW01bSTG1 } from './ruleSW01bSTG1.ts';
import { ruleSW02STG1 } from './ruleSW02STG1.ts';
import { ruleSW04STG1 } from './ruleSW04STG1.ts';
import { ruleSW05STG1 } from './ruleSW05STG1.ts';
import { ruleSW06STG2 } from './ruleSW06STG2.ts';
import { ruleSW07STG2 } from './ruleSW07STG2.ts';
import { ruleSW08STG2 } from './ruleSW08STG2.ts';
import { ruleSW09STG2 } from './ruleSW09STG2.ts';
import { ruleSW10STG2 } from './ruleSW10STG2.ts';
import { ruleSW11bSTG2 } from './ruleSW11bSTG2.ts';
import { ruleSW12STG2 } from './ruleSW12STG2.ts';
import { ruleSW13STG1 } from './ruleSW13STG1.ts';
import { ruleSW17STG2 } from './ruleSW17STG2.ts';

export const lac2025_26: readonly Rule903[] = [
  rule101,
  rule102,
  rule103,
  rule104,
  rule105,
  rule112,
  rule113,
  rule114,
  rule115,
  rule116,
  rule117,
  rule118,
  rule119,
  rule120,
  rule131,
  rule132,
  rule133,
  rule134,
  rule141,
  rule142,
  rule143,
  rule144,
  rule145,
  rule146,
  rule147,
  rule148,
  rule149,
  rule151,
  rule153,
  rule157,
  rule158,
  rule159,
  rule164,
  rule165,
  rule166,
  rule167,
  rule168,
  rule169,
  rule171,
  rule174,
  rule175,
  rule176,
  rule177,
  rule178,
  rule179,
  rule180,
  rule181,
  rule182,
  rule184,
  rule185,
  rule186,
  rule187,
  rule188,
  rule189,
  rule190,
  rule191,
  rule192,
  rule193,
  rule196,
  rule197a,
  rule197B,
  rule198,
  rule199,
  rule202,
  rule203,
  rule204,
  rule205A,
  rule205B,
  rule205C,
  rule205D,
  rule207,
  rule208,
  rule209,
  rule210,
  rule213,
  rule214,
  rule215,
  rule217,
  rule218,
  rule219,
  rule221,
  rule222,
  rule224,
  rule225,
  rule226,
  rule227,
  rule228,
  rule229,
  rule231,
  rule232,
  rule233,
  rule234,
  rule301,
  rule302,
  rule303,
  rule304,
  rule331,
  rule333,
  rule334,
  rule335,
  rule336,
  rule344,
  rule345,
  rule347,
  rule348,
  rule351,
  rule352,
  rule353,
  rule354,
  rule355,
  rule356,
  rule357,
  rule358,
  rule359,
  rule361,
  rule362,
  rule363,
  rule364,
  rule365,
  rule366,
  rule367,
  rule371,
  rule372,
  rule373,
  rule374,
  rule375,
  rule376,
  rule377,
  rule378,
  rule379,
  rule380,
  rule381,
  rule382,
  rule383,
  rule384,
  rule385,
  rule386,
  rule387,
  rule388,
  rule389,
  rule390,
  rule391,
  rule392a,
  rule392b,
  rule392c,
  rule392d,
  rule393,
  rule398,
  rule399,
  rule406,
  rule407,
  rule408,
  rule411,
  rule420,
  rule426,
  rule431,
  rule432,
  rule433,
  rule434,
  rule435,
  rule436,
  rule437,
  rule440,
  rule441,
  rule442,
  rule444,
  rule446,
  rule452,
  rule453,
  rule454,
  rule460,
  rule501,
  rule502,
  rule503A,
  rule503B,
  rule503C,
  rule503D,
  rule503E,
  rule503F,
  rule503G,
  rule503H,
  rule503J,
  rule504,
  rule511,
  rule514,
  rule516,
  rule517,
  rule518,
  rule519,
  rule520,
  rule521,
  rule522,
  rule523,
  rule524,
  rule525,
  rule526,
  rule527,
  rule528,
  rule529,
  rule530,
  rule531,
  rule542,
  rule543,
  rule544,
  rule545,
  rule546,
  rule547,
  rule550,
  rule551,
  rule552,
  rule553,
  rule554,
  rule557,
  rule558,
  rule559,
  rule560,
  rule561,
  rule562,
  rule563,
  rule564,
  rule565,
  rule566,
  rule567,
  rule570,
  rule571,
  rule574,
  rule575,
  rule576,
  rule577,
  rule578,
  rule579,
  rule580,
  rule581,
  rule582,
  rule583,
  rule584,
  rule586,
  rule601,
  rule602,
  rule607,
  rule611,
  rule612,
  rule620,
  rule621,
  rule624,
  rule625,
  rule626,
  rule628,
  rule630,
  rule631,
  rule632,
  rule633,
  rule634,
  rule635,
  rule1000,
  rule1001,
  rule1002,
  rule1003,
  rule1004,
  rule1005,
  rule1006,
  rule1007,
  rule1008,
  rule1009,
  rule1010,
  rule1011,
  rule1012,
  rule1014,
  rule1015,
  rule1016,
  rule3001,
  ruleEPI,
  ruleINT01,
  ruleINT02,
  ruleINT03,
  ruleINT04,
  ruleINT05,
  ruleINT06,
  ruleINT07,
  ruleINT08,
  ruleINT09,
  ruleINT11,
  ruleINT12,
  ruleINT13,
  ruleINT14,
  ruleINT15,
  ruleINT16,
  ruleINT17,
  ruleINT18,
  ruleINT21,
  ruleINT31,
  ruleINT32,
  ruleINT33,
  ruleINT34,
  ruleINT35,
  ruleINT36,
  ruleNoE,
  ruleSW01aSTG1,
  ruleSW01bSTG1,
  ruleSW02STG1,
  ruleSW04STG1,
  ruleSW05STG1,
  ruleSW06STG2,
  ruleSW07STG2,
  ruleSW08STG2,
  ruleSW09STG2,
  ruleSW10STG2,
  ruleSW11bSTG2,
  ruleSW12STG2,
  ruleSW13STG1,
  ruleSW17STG2,
];
