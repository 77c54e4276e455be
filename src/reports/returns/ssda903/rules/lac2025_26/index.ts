// The SSDA903 rules for 2025-26, one file each (the DfE's catalogue: catalogue/903_lac2025_26_rules.tsv).
import type { Rule903 } from '../../rule.ts';
import { rule1004 } from './rule1004.ts';
import { rule1005 } from './rule1005.ts';
import { rule1009 } from './rule1009.ts';
import { rule101 } from './rule101.ts';
import { rule113 } from './rule113.ts';
import { rule115 } from './rule115.ts';
import { rule144 } from './rule144.ts';
import { rule146 } from './rule146.ts';
import { rule147 } from './rule147.ts';
import { rule149 } from './rule149.ts';
import { rule175 } from './rule175.ts';
import { rule177 } from './rule177.ts';
import { rule178 } from './rule178.ts';
import { rule196 } from './rule196.ts';
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

export const lac2025_26: readonly Rule903[] = [
  rule1004,
  rule1005,
  rule1009,
  rule101,
  rule113,
  rule115,
  rule144,
  rule146,
  rule147,
  rule149,
  rule175,
  rule177,
  rule178,
  rule196,
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
];
