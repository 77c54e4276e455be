// The SSDA903 rules for 2025-26, one file each (the DfE's catalogue: catalogue/903_lac2025_26_rules.tsv).
import type { Rule903 } from '../../rule.ts';
import { rule1003 } from './rule1003.ts';
import { rule101 } from './rule101.ts';
import { rule1016 } from './rule1016.ts';
import { rule102 } from './rule102.ts';
import { rule103 } from './rule103.ts';
import { rule112 } from './rule112.ts';
import { rule119 } from './rule119.ts';
import { rule132 } from './rule132.ts';
import { rule133 } from './rule133.ts';
import { rule141 } from './rule141.ts';
import { rule145 } from './rule145.ts';
import { rule153 } from './rule153.ts';
import { rule158 } from './rule158.ts';
import { rule159 } from './rule159.ts';
import { rule167 } from './rule167.ts';
import { rule168 } from './rule168.ts';
import { rule176 } from './rule176.ts';
import { rule182 } from './rule182.ts';
import { rule190 } from './rule190.ts';
import { rule191 } from './rule191.ts';
import { rule192 } from './rule192.ts';
import { rule193 } from './rule193.ts';
import { rule197B } from './rule197B.ts';
import { rule197a } from './rule197a.ts';
import { rule199 } from './rule199.ts';
import { rule202 } from './rule202.ts';
import { rule207 } from './rule207.ts';
import { rule210 } from './rule210.ts';
import { rule217 } from './rule217.ts';
import { rule227 } from './rule227.ts';
import { rule228 } from './rule228.ts';
import { rule231 } from './rule231.ts';
import { rule232 } from './rule232.ts';
import { rule233 } from './rule233.ts';
import { rule234 } from './rule234.ts';
import { rule302 } from './rule302.ts';
import { rule335 } from './rule335.ts';
import { rule345 } from './rule345.ts';
import { rule347 } from './rule347.ts';
import { rule348 } from './rule348.ts';
import { rule354 } from './rule354.ts';
import { rule359 } from './rule359.ts';
import { rule361 } from './rule361.ts';
import { rule362 } from './rule362.ts';
import { rule363 } from './rule363.ts';
import { rule367 } from './rule367.ts';
import { rule377 } from './rule377.ts';
import { rule382 } from './rule382.ts';
import { rule383 } from './rule383.ts';
import { rule385 } from './rule385.ts';
import { rule392d } from './rule392d.ts';
import { rule399 } from './rule399.ts';
import { rule434 } from './rule434.ts';
import { rule441 } from './rule441.ts';
import { rule444 } from './rule444.ts';
import { rule446 } from './rule446.ts';
import { rule502 } from './rule502.ts';
import { rule503A } from './rule503A.ts';
import { rule503C } from './rule503C.ts';
import { rule503F } from './rule503F.ts';
import { rule514 } from './rule514.ts';
import { rule518 } from './rule518.ts';
import { rule522 } from './rule522.ts';
import { rule527 } from './rule527.ts';
import { rule528 } from './rule528.ts';
import { rule529 } from './rule529.ts';
import { rule543 } from './rule543.ts';
import { rule554 } from './rule554.ts';
import { rule560 } from './rule560.ts';
import { rule564 } from './rule564.ts';
import { rule565 } from './rule565.ts';
import { rule570 } from './rule570.ts';
import { rule602 } from './rule602.ts';
import { rule620 } from './rule620.ts';
import { rule621 } from './rule621.ts';
import { rule628 } from './rule628.ts';
import { rule632 } from './rule632.ts';
import { rule635 } from './rule635.ts';
import { ruleINT01 } from './ruleINT01.ts';
import { ruleINT04 } from './ruleINT04.ts';
import { ruleINT08 } from './ruleINT08.ts';
import { ruleINT15 } from './ruleINT15.ts';
import { ruleINT18 } from './ruleINT18.ts';
import { ruleINT36 } from './ruleINT36.ts';
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
  rule1003,
  rule101,
  rule1016,
  rule102,
  rule103,
  rule112,
  rule119,
  rule132,
  rule133,
  rule141,
  rule145,
  rule153,
  rule158,
  rule159,
  rule167,
  rule168,
  rule176,
  rule182,
  rule190,
  rule191,
  rule192,
  rule193,
  rule197B,
  rule197a,
  rule199,
  rule202,
  rule207,
  rule210,
  rule217,
  rule227,
  rule228,
  rule231,
  rule232,
  rule233,
  rule234,
  rule302,
  rule335,
  rule345,
  rule347,
  rule348,
  rule354,
  rule359,
  rule361,
  rule362,
  rule363,
  rule367,
  rule377,
  rule382,
  rule383,
  rule385,
  rule392d,
  rule399,
  rule434,
  rule441,
  rule444,
  rule446,
  rule502,
  rule503A,
  rule503C,
  rule503F,
  rule514,
  rule518,
  rule522,
  rule527,
  rule528,
  rule529,
  rule543,
  rule554,
  rule560,
  rule564,
  rule565,
  rule570,
  rule602,
  rule620,
  rule621,
  rule628,
  rule632,
  rule635,
  ruleINT01,
  ruleINT04,
  ruleINT08,
  ruleINT15,
  ruleINT18,
  ruleINT36,
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
