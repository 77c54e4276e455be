// The SSDA903 rules for 2025-26, one file each (the DfE's catalogue: catalogue/903_lac2025_26_rules.tsv).
import type { Rule903 } from '../../rule.ts';
import { rule101 } from './rule101.ts';
import { rule182 } from './rule182.ts';
import { rule192 } from './rule192.ts';
import { rule193 } from './rule193.ts';
import { rule335 } from './rule335.ts';
import { rule362 } from './rule362.ts';
import { rule392d } from './rule392d.ts';
import { rule503A } from './rule503A.ts';
import { rule503C } from './rule503C.ts';
import { rule503F } from './rule503F.ts';
import { rule602 } from './rule602.ts';
import { ruleINT01 } from './ruleINT01.ts';
import { ruleINT18 } from './ruleINT18.ts';

export const lac2025_26: readonly Rule903[] = [
  rule101,
  rule182,
  rule192,
  rule193,
  rule335,
  rule362,
  rule392d,
  rule503A,
  rule503C,
  rule503F,
  rule602,
  ruleINT01,
  ruleINT18,
];
