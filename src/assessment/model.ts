// Single assessment rules over plain data; the database enforces the same ones (0012_assessment.ts).
import { assessmentFactors, noFactorsIdentified, type AssessmentFactor } from './codes.ts';

/**
 * The factors identified at assessment as the CIN census wants them: each code once (rule 8898),
 * known codes only, and "21 No factors identified" on its own (rule 8869). Returns the codes in
 * the census order, or the message to show.
 */
export function factorsIdentified(codes: readonly string[]): { factors: AssessmentFactor[] } | { message: string } {
  const known = Object.keys(assessmentFactors) as AssessmentFactor[];
  const unknown = codes.filter((code) => !known.includes(code as AssessmentFactor));
  if (unknown.length > 0) return { message: `Select factors from the list (${unknown.join(', ')} is not a CIN census factor)` };
  const factors = known.filter((code) => codes.includes(code));
  if (factors.includes(noFactorsIdentified) && factors.length > 1) {
    return { message: 'Select “No factors identified” only when no other factor applies' };
  }
  return { factors };
}
