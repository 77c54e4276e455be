// The SSDA903 rules for 2026-27: 2025-26's with this folder's changes (the DoLo table's rules added).
import type { Rule903 } from '../../rule.ts';
import { lac2025_26 } from '../lac2025_26/index.ts';
import { rule700 } from './rule700.ts';
import { rule701 } from './rule701.ts';
import { rule702 } from './rule702.ts';
import { rule703 } from './rule703.ts';
import { rule704 } from './rule704.ts';
import { rule705 } from './rule705.ts';
import { rule706 } from './rule706.ts';
import { rule707 } from './rule707.ts';
import { rule708 } from './rule708.ts';
import { rule709 } from './rule709.ts';
import { rule710 } from './rule710.ts';

/** Rules new in 2026-27: the deprivation of liberty orders (DoLo table). */
const added: readonly Rule903[] = [
  rule700,
  rule701,
  rule702,
  rule703,
  rule704,
  rule705,
  rule706,
  rule707,
  rule708,
  rule709,
  rule710,
];
/** 2025-26 rules whose 2026-27 version differs, by code. */
const replaced: readonly Rule903[] = [];
/** 2025-26 rules withdrawn for 2026-27. */
const withdrawn: readonly string[] = [];

const changed = new Set([...replaced.map((rule) => rule.code), ...withdrawn]);
export const lac2026_27: readonly Rule903[] = [
  ...lac2025_26.filter((rule) => !changed.has(rule.code)),
  ...replaced,
  ...added,
];
