// What validating a return finds, in one shape for the SSDA903 and the CIN census alike: the
// command line prints it, `--json` writes it, and the Returns page links each finding to its child.

/** One thing a return's validation found: the DfE rule, where it is, and which child. */
export interface Finding {
  /** The DfE rule code as the catalogue writes it (`103`, `INT01`, `8840`, `4009Q`). */
  readonly rule: string;
  /** The table (903) or block (CIN census) the finding points at. */
  readonly table: string;
  /**
   * Where in the file: the 1-based data row of the table's file, header excluded (903), or the
   * line of the file the block opens on (CIN census); null for a child- or council-level finding.
   */
  readonly row: number | null;
  /** The child's identifier in the return (903 `CHILD`, CIN `LAchildID`), null for the council. */
  readonly child: string | null;
  readonly message: string;
}

/** A rule the validation did not run, and why (a table or lookup it needs was not given). */
export interface RuleNotRun {
  readonly rule: string;
  readonly reason: string;
}

export interface ValidationReport {
  readonly findings: readonly Finding[];
  readonly notRun: readonly RuleNotRun[];
}

/** Queries (the CIN census's codes ending in Q) ask to check; every other finding is an error. */
export const isQuery = (rule: string): boolean => /Q$/.test(rule);
