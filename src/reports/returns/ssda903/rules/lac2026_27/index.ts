// The SSDA903 rules for 2026-27: 2025-26's with this folder's changes (the DoLo table's rules added).
import type { Rule903 } from '../../rule.ts';
import { lac2025_26 } from '../lac2025_26/index.ts';

/** Rules new in 2026-27. */
const added: readonly Rule903[] = [];
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
